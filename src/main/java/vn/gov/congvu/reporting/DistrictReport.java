package vn.gov.congvu.reporting;

import java.time.Instant;

/** A district's consolidated report of a period: its wards' reports with its own, sent on to Home Affairs. */
public record DistrictReport(String period, String districtId, DistrictReportStatus status, String summary,
    Instant sentAt, String sentBy) {
}
