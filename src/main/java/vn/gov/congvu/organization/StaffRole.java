package vn.gov.congvu.organization;

/** A staff member's role inside their unit (rules E1, T1). */
public enum StaffRole {
  HEAD, DEPUTY, DUTY, STAFF
}
