package vn.gov.congvu.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Camunda's identity lacks to show the directory, computed in memory from two bulk reads: groups to create or
 * rename, users to create or update, memberships to add and remove. Empty when they agree, and then nothing is written.
 */
record IdentityPlan(Map<String, String> groups, List<DirectoryIdentity.Person> newUsers,
    List<DirectoryIdentity.Person> changedUsers, List<Membership> added, List<Membership> removed) {

  static final String WORKFLOW = "WORKFLOW";

  /** A user in a group. */
  record Membership(String userId, String groupId) {
  }

  /**
   * Compares the groups {@code groupIds} and the users {@code userIds} of {@code wanted} with what Camunda holds of
   * them. With {@code strays}, users Camunda holds outside {@code wanted} lose their memberships of its groups.
   */
  static IdentityPlan of(DirectoryIdentity wanted, CamundaIdentity held, Collection<String> groupIds,
      Collection<String> userIds, boolean strays) {
    Map<String, String> groups = new LinkedHashMap<>();
    for (String id : groupIds) {
      String name = wanted.groupNames().get(id);
      CamundaIdentity.HeldGroup group = held.groups().get(id);
      if (group == null || !name.equals(group.name()) || !WORKFLOW.equals(group.type())) {
        groups.put(id, name);
      }
    }
    List<DirectoryIdentity.Person> newUsers = new ArrayList<>();
    List<DirectoryIdentity.Person> changedUsers = new ArrayList<>();
    List<Membership> added = new ArrayList<>();
    List<Membership> removed = new ArrayList<>();
    for (String id : userIds) {
      DirectoryIdentity.Person person = wanted.users().get(id);
      CamundaIdentity.HeldUser user = held.users().get(id);
      if (user == null) {
        newUsers.add(person);
      } else if (!user.shows(person)) {
        changedUsers.add(person);
      }
      Set<String> want = wanted.memberships().get(id);
      Set<String> have = held.membershipsOf(id);
      want.stream().filter(g -> !have.contains(g)).forEach(g -> added.add(new Membership(id, g)));
      have.stream().filter(g -> !want.contains(g)).forEach(g -> removed.add(new Membership(id, g)));
    }
    if (strays) {
      held.memberships().forEach((id, have) -> {
        if (!wanted.memberships().containsKey(id)) {
          have.stream().filter(wanted.groupNames()::containsKey).forEach(g -> removed.add(new Membership(id, g)));
        }
      });
    }
    return new IdentityPlan(groups, newUsers, changedUsers, added, removed);
  }

  boolean isEmpty() {
    return groups.isEmpty() && newUsers.isEmpty() && changedUsers.isEmpty() && added.isEmpty() && removed.isEmpty();
  }
}
