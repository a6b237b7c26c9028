package vn.gov.congvu.directory;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.web.InputRejected;

/**
 * The directory without a file (contract, "Directory administration"): reading it, for anyone logged in, and the
 * day-to-day changes, for the administrator and the heads of Home Affairs. Each change answers the new state.
 */
@RestController
record DirectoryController(DirectoryRights rights, UnitChanges unitChanges, StaffChanges staffChanges,
    DirectoryStore store, OrganizationDirectory organization) {

  record HeadAppointment(String userId) {
  }

  record DutyRoster(List<String> userIds) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record UnitView(String id, String name, String kind, String parent, String seat, boolean active) {
  }

  record LinkSent(String userId, Instant expiresAt) {
  }

  @GetMapping("/api/directory/units")
  List<UnitView> units(@RequestParam(defaultValue = "false") boolean all) {
    return organization.units().stream().filter(u -> all || u.active()).map(DirectoryController::view).toList();
  }

  @GetMapping("/api/directory/staff")
  List<MemberView> staff(@RequestParam(required = false) String unitId,
      @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean below) {
    if (unitId != null && organization.unit(unitId).isEmpty()) {
      throw InputRejected.notFound("unitId", "không có đơn vị '" + unitId + "'");
    }
    boolean contacts = rights.seesEmails();
    // below: the unit's own staff first, then its wards' (whom a district's case may also name as violators).
    List<Member> members = below && unitId != null
        ? store.listIn(organization.unitAndDescendants(unitId), all) : store.list(unitId, all);
    return members.stream().map(m -> MemberView.of(m, contacts)).toList();
  }

  /** One person by login: how the webapps show a name where Camunda shows the login (Tasklist's history tab). */
  @GetMapping("/api/directory/staff/{userId}")
  MemberView member(@PathVariable String userId) {
    return store.member(userId).map(m -> MemberView.of(m, rights.seesEmails()))
        .orElseThrow(() -> InputRejected.notFound("userId", "không có cán bộ '" + userId + "'"));
  }

  @PutMapping("/api/directory/units/{unitId}/head")
  MemberView appointHead(@PathVariable String unitId, @RequestBody HeadAppointment body) {
    rights.requireAdministrator();
    if (body.userId() == null || body.userId().isBlank()) {
      throw InputRejected.invalid("userId", "bắt buộc");
    }
    return MemberView.of(unitChanges.appointHead(unitId, body.userId().trim(), rights.who()), true);
  }

  @PutMapping("/api/directory/units/{unitId}/duty")
  List<MemberView> setDuty(@PathVariable String unitId, @RequestBody DutyRoster body) {
    rights.requireAdministrator();
    return unitChanges.setDuty(unitId, body.userIds(), rights.who()).stream().map(m -> MemberView.of(m, true))
        .toList();
  }

  @PutMapping("/api/directory/staff/{userId}")
  MemberView place(@PathVariable String userId, @RequestBody Placement body) {
    rights.requireAdministrator();
    return MemberView.of(staffChanges.place(userId, body, rights.who()), true);
  }

  @DeleteMapping("/api/directory/staff/{userId}")
  MemberView leave(@PathVariable String userId) {
    rights.requireAdministrator();
    return MemberView.of(staffChanges.leave(userId, rights.who()), true);
  }

  @PostMapping("/api/directory/staff/{userId}/password-link")
  LinkSent sendPasswordLink(@PathVariable String userId) {
    rights.requireAdministrator();
    return new LinkSent(userId, staffChanges.sendPasswordLink(userId, rights.who()));
  }

  private static UnitView view(Unit unit) {
    return new UnitView(unit.id(), unit.name(), unit.kind().name(), unit.parentId(), unit.seat(), unit.active());
  }
}
