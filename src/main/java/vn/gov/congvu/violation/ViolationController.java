package vn.gov.congvu.violation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.web.ApiException;
import vn.gov.congvu.identity.CurrentUser;

/**
 * {@code GET /api/violations} (contract): heads see their unit and the units below it; Home Affairs, the process
 * owner and the administrator see all; anyone else gets 403.
 */
@RestController
class ViolationController {

  private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  private final ViolationRegister register;
  private final OrganizationDirectory directory;
  private final CurrentUser currentUser;

  ViolationController(ViolationRegister register, OrganizationDirectory directory, CurrentUser currentUser) {
    this.register = register;
    this.directory = directory;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/violations")
  List<Violation> violations(@RequestParam(required = false) String unitId,
      @RequestParam(required = false) String userId, @RequestParam(required = false) String period) {
    if (period != null && !PERIOD.matcher(period).matches()) {
      throw ApiException.badRequest("period", "Định dạng yyyy-MM");
    }
    if (unitId != null && directory.unit(unitId).isEmpty()) {
      throw ApiException.badRequest("unitId", "Không tìm thấy đơn vị '" + unitId + "'");
    }
    Optional<List<String>> scope = scope();
    List<String> units;
    if (scope.isEmpty()) {
      units = unitId == null ? null : List.of(unitId);
    } else if (unitId == null) {
      units = scope.get();
    } else if (scope.get().contains(unitId)) {
      units = List.of(unitId);
    } else {
      throw ApiException.forbidden("unitId: Đơn vị ngoài phạm vi quản lý");
    }
    return register.find(new ViolationQuery(units, userId, period));
  }

  /** Empty for those who see all; the units a head oversees; 403 for anyone else. */
  private Optional<List<String>> scope() {
    if (currentUser.isIn(DirectoryGroups.ADMINS) || currentUser.isIn(DirectoryGroups.PROCESS_OWNERS)
        || currentUser.isIn(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS))) {
      return Optional.empty();
    }
    StaffMember me = directory.staffMember(currentUser.id()).filter(StaffMember::isHead)
        .orElseThrow(() -> ApiException.forbidden("Chỉ lãnh đạo đơn vị, Sở Nội vụ và chủ quản quy trình"));
    return Optional.of(directory.unitAndDescendants(me.unitId()));
  }
}
