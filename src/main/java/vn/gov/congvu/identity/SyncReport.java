package vn.gov.congvu.identity;

/** What one identity synchronisation changed in Camunda; all zero when the directory and Camunda agree. */
public record SyncReport(int groupsChanged, int usersChanged, int membershipsChanged, int authorizationsChanged) {

  public int total() {
    return groupsChanged + usersChanged + membershipsChanged + authorizationsChanged;
  }

  SyncReport withAuthorizations(int changed) {
    return new SyncReport(groupsChanged, usersChanged, membershipsChanged, changed);
  }
}
