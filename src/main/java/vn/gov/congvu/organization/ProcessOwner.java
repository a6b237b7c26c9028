package vn.gov.congvu.organization;

/** A process owner: reads every process in Cockpit, belongs to no unit, works no task. */
public record ProcessOwner(String userId, String fullName, String email) {
}
