package vn.gov.congvu.reporting;

/** What a head submits for their unit (contract). */
public record UnitSubmission(int staffInfected, int violationsHandled, boolean safetyCriteriaReviewed,
    double officeAttendanceRatio, String summary) {
}
