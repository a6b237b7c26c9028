package vn.gov.congvu.directory;

import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.StaffRole;

/** A row of the staff table, whether the person is still in the directory or has left. */
record Member(String userId, String fullName, String email, String phone, String unitId, StaffRole role,
    boolean active) {

  static Member of(StaffMember member) {
    return new Member(member.userId(), member.fullName(), member.email(), member.phone(), member.unitId(),
        member.role(), true);
  }

  StaffMember staffMember() {
    return new StaffMember(userId, fullName, email, phone, unitId, role);
  }

  Member in(String newUnitId, StaffRole newRole) {
    return new Member(userId, fullName, email, phone, newUnitId, newRole, true);
  }

  Member left() {
    return new Member(userId, fullName, email, phone, unitId, role, false);
  }
}
