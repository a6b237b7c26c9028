package vn.gov.congvu.directory;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.OrganizationRepository;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.web.InputRejected;

/** The plumbing of one day-to-day change: take the directory's lock, find what it names, apply and audit. */
@Component
class DirectoryEdit {

  private final DirectoryStore store;
  private final OrganizationRepository organization;
  private final DirectoryApplier applier;
  private final DirectoryAudit audit;

  DirectoryEdit(DirectoryStore store, OrganizationRepository organization, DirectoryApplier applier,
      DirectoryAudit audit) {
    this.store = store;
    this.organization = organization;
    this.applier = applier;
    this.audit = audit;
  }

  /** Locks the directory for the transaction and returns every unit. */
  List<Unit> begin() {
    store.lock();
    return organization.units();
  }

  static Unit activeUnit(List<Unit> units, String unitId, String field) {
    return units.stream().filter(u -> u.id().equals(unitId) && u.active()).findFirst()
        .orElseThrow(() -> unknown(field, "unitId", "không có đơn vị đang hoạt động '" + unitId + "'"));
  }

  /** Someone in the directory; a path's id unknown is a 404, a body's a 400 naming its field. */
  Member activeMember(String userId, String field) {
    return store.member(userId).filter(Member::active)
        .orElseThrow(() -> unknown(field, "userId", "không có cán bộ '" + userId + "' trong danh bạ"));
  }

  /** A path's id unknown (no body field) is a 404; a body's, a 400 naming its field. */
  static InputRejected unknown(String bodyField, String pathField, String reason) {
    return bodyField == null ? InputRejected.notFound(pathField, reason) : InputRejected.invalid(bodyField, reason);
  }

  List<Member> membersOf(String unitId) {
    return store.membersOf(unitId);
  }

  java.util.Optional<Member> member(String userId) {
    return store.member(userId);
  }

  void apply(List<Unit> units, Map<String, Member> before, List<Member> writes, String by,
      DirectoryAudit.Action action, String unitId, String userId, String details) {
    applier.apply(new Changeset(units, List.of(), before, writes), by);
    audit.record(by, action, unitId, userId, details);
  }
}
