package vn.gov.congvu.reporting;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One unit's row of a period's report: where it stands, what the head submitted (null until then; its fields appear
 * flat in the JSON), what the system knows, the grade, the on-site cap the unit had, the epidemic levels in force
 * where it sits and its confirmed operating mode ({@link EpidemicSituations}, null until the report is read), and the
 * district it reports through (null: straight to Home Affairs).
 */
public record UnitReport(String period, String unitId, UnitReportStatus status, boolean late, Instant submittedAt,
    String submittedBy, @JsonUnwrapped UnitSubmission submission, KnownFigures known, String grade,
    Integer onSiteCapPercent, String reportsThrough, String epidemicLevels, String operatingMode) {

  UnitReport with(UnitSituation situation) {
    return new UnitReport(period, unitId, status, late, submittedAt, submittedBy, submission, known, grade,
        situation.onSiteCapPercent(), reportsThrough, situation.epidemicLevels(), situation.operatingMode());
  }

  /** W2: more of the staff on site than the cap in force allowed. */
  @JsonProperty
  public boolean aboveOnSiteCap() {
    return submission != null && onSiteCapPercent != null && submission.onSitePercent() > onSiteCapPercent;
  }
}
