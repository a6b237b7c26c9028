package vn.gov.congvu.identity;

import java.util.Set;

/**
 * What a directory change did to Camunda's identity: users created (they need a first password), users whose groups
 * changed (their claimed tasks may no longer be theirs), users deleted (they left), and groups that lost their last
 * member (open work waiting on them must go elsewhere).
 */
public record IdentityChanges(Set<String> createdUsers, Set<String> regroupedUsers, Set<String> deletedUsers,
    Set<String> emptiedGroups, int groupsChanged, int membershipsChanged) {

  /** Counts only: a city's first import creates tens of thousands of users, and this goes to the log. */
  @Override
  public String toString() {
    return "IdentityChanges[created=" + createdUsers.size() + ", regrouped=" + regroupedUsers.size() + ", deleted="
        + deletedUsers.size() + ", emptiedGroups=" + emptiedGroups.size() + ", groupsChanged=" + groupsChanged
        + ", membershipsChanged=" + membershipsChanged + "]";
  }
}
