package vn.gov.congvu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.organization.ProcessOwner;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;

class IdentityPlanTest {

  private final DirectoryIdentity wanted = DirectoryIdentity.of(
      List.of(new Unit("w1", "Phường 1", UnitKind.WARD, null, true)),
      List.of(new StaffMember("h", "Lê Văn Hải", "h@x.vn", null, "w1", StaffRole.HEAD),
          new StaffMember("s", "Mai", "s@x.vn", null, "w1", StaffRole.STAFF)),
      List.of(new ProcessOwner("o", "Chủ Quản", null)));

  @Test
  void camundaShowingTheDirectoryNeedsNothing() {
    IdentityPlan plan = IdentityPlan.of(wanted, held(wanted), wanted.groupNames().keySet(), wanted.users().keySet(),
        true);

    assertThat(plan.isEmpty()).isTrue();
  }

  @Test
  void onlyWhatDiffersIsPlanned() {
    CamundaIdentity held = held(wanted);
    held.groups().put("heads-w1", new CamundaIdentity.HeldGroup("Lãnh đạo - Phường cũ", "WORKFLOW"));
    held.users().remove("s");
    held.memberships().remove("s");
    held.users().put("h", new CamundaIdentity.HeldUser("Lê Văn", "Hải", "old@x.vn"));
    held.memberships().get("h").remove("unit-heads");
    held.memberships().get("h").add("duty-w1");
    held.memberships().put("gone", new java.util.HashSet<>(Set.of("staff", "members-w1")));

    IdentityPlan plan = IdentityPlan.of(wanted, held, wanted.groupNames().keySet(), wanted.users().keySet(), true);

    assertThat(plan.groups()).containsOnlyKeys("heads-w1");
    assertThat(plan.newUsers()).extracting(DirectoryIdentity.Person::id).containsExactly("s");
    assertThat(plan.changedUsers()).extracting(DirectoryIdentity.Person::id).containsExactly("h");
    assertThat(plan.added()).containsExactlyInAnyOrder(new IdentityPlan.Membership("h", "unit-heads"),
        new IdentityPlan.Membership("s", "staff"), new IdentityPlan.Membership("s", "members-w1"));
    assertThat(plan.removed()).containsExactlyInAnyOrder(new IdentityPlan.Membership("h", "duty-w1"),
        new IdentityPlan.Membership("gone", "staff"), new IdentityPlan.Membership("gone", "members-w1"));
  }

  @Test
  void withoutStraysPeopleOutsideTheChangeAreLeftAlone() {
    CamundaIdentity held = held(wanted);
    held.memberships().put("gone", new java.util.HashSet<>(Set.of("staff")));

    assertThat(IdentityPlan.of(wanted, held, List.of(), List.of("h"), false).isEmpty()).isTrue();
  }

  /** Camunda holding exactly what the directory derives. */
  private static CamundaIdentity held(DirectoryIdentity identity) {
    Map<String, CamundaIdentity.HeldGroup> groups = new HashMap<>();
    identity.groupNames().forEach((id, name) -> groups.put(id, new CamundaIdentity.HeldGroup(name, "WORKFLOW")));
    Map<String, CamundaIdentity.HeldUser> users = new HashMap<>();
    identity.users().values().forEach(p -> users.put(p.id(),
        new CamundaIdentity.HeldUser(p.firstName(), p.lastName(), p.email())));
    Map<String, Set<String>> memberships = new HashMap<>();
    identity.memberships().forEach((id, set) -> memberships.put(id, new java.util.HashSet<>(set)));
    return new CamundaIdentity(groups, users, memberships);
  }
}
