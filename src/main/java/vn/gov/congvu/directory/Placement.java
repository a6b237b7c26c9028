package vn.gov.congvu.directory;

/**
 * The body of {@code PUT /api/directory/staff/{userId}}: the contract's unit and role; a person new to the directory
 * also needs a name and an e-mail (their first-login link goes there), which others may change.
 */
record Placement(String unitId, String role, String fullName, String email, String phone) {
}
