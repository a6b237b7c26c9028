package vn.gov.congvu.reporting;

import java.time.Instant;

/** One unit's row of a period's report. */
public record UnitReport(String period, String unitId, UnitReportStatus status, boolean late, Instant submittedAt,
    String submittedBy, Integer staffInfected, Integer violationsHandled, Boolean safetyCriteriaReviewed,
    Double officeAttendanceRatio, String summary, KnownFigures known, String grade) {

  /** W2: at most one third of the staff in the office during the peak. */
  public boolean aboveAttendanceCap() {
    return officeAttendanceRatio != null && officeAttendanceRatio > 1.0 / 3.0;
  }
}
