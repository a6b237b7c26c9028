package vn.gov.congvu.identity;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;

/** {@code GET /api/me}: who the caller is in the directory, for clients and for checking a login. */
@RestController
record MeController(CurrentUser currentUser, OrganizationDirectory directory) {

  record Me(String userId, String fullName, String unitId, String unitName, StaffRole role, List<String> groups) {
  }

  @GetMapping("/api/me")
  Me me() {
    String userId = currentUser.id();
    return directory.staffMember(userId)
        .map(s -> new Me(userId, s.fullName(), s.unitId(),
            directory.unit(s.unitId()).map(Unit::name).orElse(null), s.role(), currentUser.groups()))
        .orElseGet(() -> new Me(userId, null, null, null, null, currentUser.groups()));
  }
}
