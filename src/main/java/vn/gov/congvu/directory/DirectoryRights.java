package vn.gov.congvu.directory;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.identity.CurrentUser;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.web.InputRejected;

/** Who may change the directory (the administrator and the heads of Home Affairs) and who sees e-mail addresses. */
@Component
record DirectoryRights(CurrentUser currentUser) {

  void requireAdministrator() {
    Caller caller = currentUser.caller();
    if (!caller.isSystemOrAdmin() && !currentUser.isIn(DirectoryGroups.heads(OrganizationDirectory.HOME_AFFAIRS))) {
      throw InputRejected.forbidden("directory", "Chỉ quản trị viên và lãnh đạo Sở Nội vụ được thay đổi danh bạ.");
    }
  }

  /** The administrator and anyone of Home Affairs; everyone else sees names, units and roles only. */
  boolean seesEmails() {
    return currentUser.caller().isSystemOrAdmin()
        || currentUser.isIn(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS));
  }

  String who() {
    return currentUser.id();
  }
}
