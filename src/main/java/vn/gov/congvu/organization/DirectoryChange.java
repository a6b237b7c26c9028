package vn.gov.congvu.organization;

import java.util.Set;

/**
 * A change of the directory as open work sees it, inside the change's transaction: the Camunda groups that lost
 * their last member, and the users whose groups changed or who left. Candidate-group tasks follow memberships by
 * themselves; what waits on a group with nobody in it does not.
 */
public record DirectoryChange(Set<String> emptiedGroups, Set<String> movedOrLeftUsers) {

  public boolean isEmpty() {
    return emptiedGroups.isEmpty() && movedOrLeftUsers.isEmpty();
  }
}
