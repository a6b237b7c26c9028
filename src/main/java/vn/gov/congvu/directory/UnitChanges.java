package vn.gov.congvu.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.web.InputRejected;

/**
 * A unit's people without a file: its head (one per unit; the previous head stays in the unit as staff) and its
 * duty roster. The roster is the set of people on duty now; who was on duty when is read from the audit register,
 * one row per change with its time.
 */
@Service
class UnitChanges {

  private final DirectoryEdit edit;

  UnitChanges(DirectoryEdit edit) {
    this.edit = edit;
  }

  @Transactional
  Member appointHead(String unitId, String userId, String by) {
    List<Unit> units = edit.begin();
    DirectoryEdit.activeUnit(units, unitId, null);
    Member member = edit.activeMember(userId, "userId");
    if (member.unitId().equals(unitId) && member.role() == StaffRole.HEAD) {
      return member;
    }
    Map<String, Member> before = new LinkedHashMap<>();
    List<Member> writes = new ArrayList<>();
    before.put(member.userId(), member);
    writes.add(member.in(unitId, StaffRole.HEAD));
    List<String> previous = new ArrayList<>();
    for (Member head : edit.membersOf(unitId)) {
      if (head.role() == StaffRole.HEAD && !head.userId().equals(userId)) {
        before.put(head.userId(), head);
        writes.add(head.in(unitId, StaffRole.STAFF));
        previous.add(head.userId());
      }
    }
    edit.apply(units, before, writes, by, DirectoryAudit.Action.APPOINT_HEAD, unitId, userId,
        "head: " + previous + " -> " + userId + "; " + userId + " was " + member.role() + " of " + member.unitId());
    return writes.get(0);
  }

  @Transactional
  List<Member> setDuty(String unitId, List<String> userIds, String by) {
    if (userIds == null) {
      throw InputRejected.invalid("userIds", "bắt buộc (danh sách, có thể rỗng)");
    }
    List<Unit> units = edit.begin();
    DirectoryEdit.activeUnit(units, unitId, null);
    Set<String> wanted = new LinkedHashSet<>(userIds);
    Map<String, Member> before = new LinkedHashMap<>();
    List<Member> writes = new ArrayList<>();
    for (String userId : wanted) {
      Member member = edit.activeMember(userId, "userIds");
      if (!member.unitId().equals(unitId)) {
        throw InputRejected.invalid("userIds", "'" + userId + "' không thuộc đơn vị '" + unitId
            + "'; chuyển người đó về đơn vị trước (PUT /api/directory/staff/" + userId + ")");
      }
      if (member.role() == StaffRole.HEAD || member.role() == StaffRole.DEPUTY) {
        throw InputRejected.invalid("userIds", "'" + userId + "' là " + (member.role() == StaffRole.HEAD
            ? "thủ trưởng" : "cấp phó") + " của đơn vị, không đưa vào danh sách trực ban");
      }
      if (member.role() != StaffRole.DUTY) {
        before.put(userId, member);
        writes.add(member.in(unitId, StaffRole.DUTY));
      }
    }
    List<String> relieved = new ArrayList<>();
    for (Member duty : edit.membersOf(unitId)) {
      if (duty.role() == StaffRole.DUTY && !wanted.contains(duty.userId())) {
        before.put(duty.userId(), duty);
        writes.add(duty.in(unitId, StaffRole.STAFF));
        relieved.add(duty.userId());
      }
    }
    if (!writes.isEmpty()) {
      edit.apply(units, before, writes, by, DirectoryAudit.Action.SET_DUTY, unitId, null,
          "on duty: " + wanted + "; relieved: " + relieved);
    }
    return edit.membersOf(unitId).stream().filter(m -> m.role() == StaffRole.DUTY).toList();
  }
}
