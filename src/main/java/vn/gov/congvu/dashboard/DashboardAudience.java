package vn.gov.congvu.dashboard;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.CurrentUser;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.web.InputRejected;

/**
 * Who sees which units on the dashboard: the process owner, Home Affairs and the City People's Committee (and the
 * administrator) the whole city; a head their unit and the units below it; anyone else nothing (403).
 */
@Component
class DashboardAudience {

  private final OrganizationDirectory directory;
  private final CurrentUser currentUser;

  DashboardAudience(OrganizationDirectory directory, CurrentUser currentUser) {
    this.directory = directory;
    this.currentUser = currentUser;
  }

  Scope ofCurrentUser() {
    if (currentUser.isIn(DirectoryGroups.ADMINS) || currentUser.isIn(DirectoryGroups.PROCESS_OWNERS)
        || currentUser.isIn(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS))
        || currentUser.isIn(DirectoryGroups.members(directory.city().id()))) {
      return Scope.WHOLE_CITY;
    }
    StaffMember me = directory.staffMember(currentUser.id()).filter(StaffMember::isHead)
        .orElseThrow(() -> InputRejected.forbidden("user",
            "Chỉ lãnh đạo đơn vị, Sở Nội vụ, Ủy ban nhân dân Thành phố và chủ quản quy trình"));
    return new Scope(Set.copyOf(directory.unitAndDescendants(me.unitId())));
  }

  /** The units someone sees; null units: every unit. */
  record Scope(Set<String> units) {

    static final Scope WHOLE_CITY = new Scope(null);

    boolean wholeCity() {
      return units == null;
    }

    boolean covers(String unitId) {
      return units == null || units.contains(unitId);
    }

    List<String> sorted() {
      return units == null ? List.of() : units.stream().sorted().toList();
    }
  }
}
