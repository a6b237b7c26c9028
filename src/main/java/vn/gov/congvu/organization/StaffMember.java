package vn.gov.congvu.organization;

/** A staff member of the directory. */
public record StaffMember(String userId, String fullName, String email, String phone, String unitId, StaffRole role) {

  public boolean isHead() {
    return role == StaffRole.HEAD;
  }
}
