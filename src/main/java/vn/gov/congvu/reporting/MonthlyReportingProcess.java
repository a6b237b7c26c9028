package vn.gov.congvu.reporting;

/** Names of the monthly reporting process (contract, rules M1–M4): one place per fact. */
public final class MonthlyReportingProcess {

  public static final String KEY = "monthly-reporting";
  public static final String DECISION_GRADE = "unit-compliance-grade";
  /** Starts a cycle by hand (the API, the catch-up): the diagram's other start is the month-end timer. */
  public static final String MESSAGE_REQUESTED = "monthly-report-requested";

  /** Called once per district with wards: the district and its wards report, the district consolidates. */
  public static final String DISTRICT_KEY = "district-monthly-report";

  public static final String TASK_SUBMIT = "submit-unit-report";
  public static final String TASK_CONSOLIDATE_DISTRICT = "consolidate-district-report";
  public static final String TASK_CONSOLIDATE = "consolidate-monthly-report";
  public static final String TASK_REVIEW = "review-monthly-report";

  public static final String VAR_PERIOD = "period";
  // Submitted by each unit (contract).
  public static final String VAR_STAFF_INFECTED = "staffInfected";
  public static final String VAR_INFECTED_BY_NON_COMPLIANCE = "staffInfectedByNonCompliance";
  public static final String VAR_VIOLATIONS_HANDLED = "violationsHandled";
  public static final String VAR_REWARDS_PROPOSED = "rewardsProposed";
  public static final String VAR_WORKING_RULES_REVIEWED = "workingRulesReviewed";
  public static final String VAR_SAFETY_REVIEWED = "safetyCriteriaReviewed";
  public static final String VAR_ON_SITE_PERCENT = "onSitePercent";
  /** Still accepted from clients written before onSitePercent (contract): a share between 0 and 1. */
  public static final String VAR_ATTENDANCE_RATIO = "officeAttendanceRatio";
  public static final String VAR_WORK_FROM_HOME = "workFromHome";
  public static final String VAR_ONLINE_MEETINGS = "onlineMeetings";
  public static final String VAR_SUMMARY = "summary";
  public static final String VAR_DISTRICT_SUMMARY = "districtSummary";
  public static final String VAR_ASSESSMENT = "assessment";
  /** The City People's Committee's directions, optional, sent to every unit's head. */
  public static final String VAR_DIRECTIONS = "directions";
  // Kept by the application.
  public static final String VAR_REPORT_UNIT_ID = "reportUnitId";
  public static final String VAR_REPORT_UNIT_NAME = "reportUnitName";
  public static final String VAR_PREFILLED = "knownFigures";
  public static final String VAR_SUBMISSION_DUE = "submissionDue";
  public static final String VAR_CONSOLIDATION_DUE = "consolidationDue";
  public static final String VAR_CONSOLIDATION = "consolidation";
  public static final String VAR_CATCH_UP = "catchUp";
  public static final String VAR_RESERVATION = "periodReservation";
  public static final String VAR_DIRECTIONS_GIVEN = "directionsGiven";
  public static final String VAR_DISTRICT_ID = "districtId";
  public static final String VAR_DISTRICT_CONSOLIDATION_DUE = "districtConsolidationDue";
  public static final String VAR_DISTRICT_CONSOLIDATION = "districtConsolidation";
  public static final String VAR_DISTRICT_CONSOLIDATION_OPENED = "districtConsolidationOpened";

  public static final String ERROR_PERIOD_OPEN = "PERIOD_ALREADY_OPEN";

  private MonthlyReportingProcess() {
  }
}
