package vn.gov.congvu.organization;

/**
 * Camunda group ids derived from the directory. Processes name candidate groups through these methods so that a
 * group id is spelled in one place.
 */
public final class DirectoryGroups {

  /** Every staff member of the directory: may open Tasklist and file travel requests. */
  public static final String STAFF = "staff";
  /** Every duty officer of every unit: may report incidents. */
  public static final String DUTY_OFFICERS = "duty-officers";
  /** Every head of every unit: may report incidents for the units they oversee. */
  public static final String UNIT_HEADS = "unit-heads";
  /** Process owners: read everything in Cockpit. */
  public static final String PROCESS_OWNERS = "process-owners";
  /** Camunda's administrator group: the only one that deploys and creates filters. */
  public static final String ADMINS = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

  private static final String HEADS = "heads-";
  private static final String DEPUTIES = "deputies-";
  private static final String DUTY = "duty-";
  private static final String MEMBERS = "members-";

  private DirectoryGroups() {
  }

  public static String heads(String unitId) {
    return HEADS + unitId;
  }

  public static String deputies(String unitId) {
    return DEPUTIES + unitId;
  }

  public static String duty(String unitId) {
    return DUTY + unitId;
  }

  public static String members(String unitId) {
    return MEMBERS + unitId;
  }

  /** The role group of a unit that a member belongs to besides {@link #members}, if the role has one. */
  public static java.util.Optional<String> forRole(String unitId, StaffRole role) {
    return switch (role) {
      case HEAD -> java.util.Optional.of(heads(unitId));
      case DEPUTY -> java.util.Optional.of(deputies(unitId));
      case DUTY -> java.util.Optional.of(duty(unitId));
      case STAFF -> java.util.Optional.empty();
    };
  }

  /** The unit a unit's group belongs to (heads, deputies, duty officers, members); empty for the city-wide groups. */
  public static java.util.Optional<String> unitOf(String groupId) {
    for (String prefix : new String[] {HEADS, DEPUTIES, DUTY, MEMBERS}) {
      if (groupId != null && groupId.startsWith(prefix) && !groupId.equals(DUTY_OFFICERS)) {
        return java.util.Optional.of(groupId.substring(prefix.length()));
      }
    }
    return java.util.Optional.empty();
  }

  /** True for groups whose memberships the directory owns (and may therefore remove). */
  public static boolean isManaged(String groupId) {
    return groupId.equals(STAFF) || groupId.equals(DUTY_OFFICERS) || groupId.equals(PROCESS_OWNERS)
        || groupId.equals(UNIT_HEADS)
        || groupId.startsWith(HEADS) || groupId.startsWith(DEPUTIES) || groupId.startsWith(DUTY)
        || groupId.startsWith(MEMBERS);
  }
}
