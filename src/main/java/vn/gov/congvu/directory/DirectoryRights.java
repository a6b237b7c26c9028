package vn.gov.congvu.directory;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.web.ApiException;
import vn.gov.congvu.web.CurrentUser;

/** Who may change the directory (the administrator and the heads of Home Affairs) and who sees e-mail addresses. */
@Component
class DirectoryRights {

  private final CurrentUser currentUser;

  DirectoryRights(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  void requireAdministrator() {
    if (!currentUser.isIn(DirectoryGroups.ADMINS)
        && !currentUser.isIn(DirectoryGroups.heads(OrganizationDirectory.HOME_AFFAIRS))) {
      throw ApiException.forbidden("Chỉ quản trị viên và lãnh đạo Sở Nội vụ được thay đổi danh bạ.");
    }
  }

  /** The administrator and anyone of Home Affairs; everyone else sees names, units and roles only. */
  boolean seesEmails() {
    return currentUser.isIn(DirectoryGroups.ADMINS)
        || currentUser.isIn(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS));
  }

  String who() {
    return currentUser.id();
  }
}
