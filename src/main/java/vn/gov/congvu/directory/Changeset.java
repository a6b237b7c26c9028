package vn.gov.congvu.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;

/**
 * Rows to write: every unit as it is, the units to insert or update, the staff rows concerned as they are (a
 * rejoining person's old row included) and the staff rows to insert or update.
 */
record Changeset(List<Unit> unitsBefore, List<Unit> unitWrites, Map<String, Member> membersBefore,
    List<Member> memberWrites) {

  List<Unit> unitsAfter() {
    Map<String, Unit> after = new LinkedHashMap<>();
    unitsBefore.forEach(u -> after.put(u.id(), u));
    unitWrites.forEach(u -> after.put(u.id(), u));
    return List.copyOf(after.values());
  }

  Map<String, Member> membersAfter() {
    Map<String, Member> after = new LinkedHashMap<>(membersBefore);
    memberWrites.forEach(m -> after.put(m.userId(), m));
    return after;
  }

  static List<StaffMember> active(Map<String, Member> members) {
    return members.values().stream().filter(Member::active).map(Member::staffMember).toList();
  }
}
