package vn.gov.congvu.reporting;

/** Names of the monthly reporting process (contract, rules M1–M4). */
public final class MonthlyReportingProcess {

  public static final String KEY = "monthly-reporting";
  public static final String VAR_PERIOD = "period";

  private MonthlyReportingProcess() {
  }
}
