package vn.gov.congvu.dashboard;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/dashboard/trends}: month by month over the last twelve (oldest first), what "Xu hướng 12 tháng"
 * draws, within the audience's units. Travel requests and incidents count in the month they were filed.
 */
record DashboardTrends(String from, String to, boolean wholeCity, List<String> units, List<Month> months) {

  /**
   * One month: {@code period} yyyy-MM, {@code label} as people read it (01/2026); travel requests by outcome as on
   * the dashboard ({@code RUNNING} while undecided or under way); incidents reported and how often a level passed
   * them up by the clock or by its decision; heads' decision time in working hours; the month's reports.
   */
  record Month(String period, String label, Map<String, Integer> travel, Incidents incidents,
      Dashboard.Durations approval, Reports reports) {
  }

  record Incidents(int reported, int escalatedByClock, int escalatedByDecision) {
  }

  /**
   * The units' reports of the month's period: submitted by the deadline, submitted after it, not submitted and past
   * it, not submitted and not yet due.
   */
  record Reports(int onTime, int late, int overdue, int pending) {
  }
}
