package vn.gov.congvu.reporting;

/** Where a unit's report of a period stands (contract). */
public enum UnitReportStatus {
  PENDING, SUBMITTED, LATE
}
