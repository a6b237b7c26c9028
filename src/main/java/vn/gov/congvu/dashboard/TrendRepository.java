package vn.gov.congvu.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.gov.congvu.dashboard.DashboardAudience.Scope;
import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.incident.LevelAction;
import vn.gov.congvu.reporting.UnitReportStatus;
import vn.gov.congvu.travel.TravelProcess;

/**
 * The trends' reads, each one grouped query over the twelve months (by process definition key and start time, the
 * indexed columns), so that years of history cost one pass, not one per month. Only the heads' decision times come
 * as rows: working time needs the calendar.
 */
@Repository
class TrendRepository {

  /** Each case of a process filed in the twelve months, its month and the last value of two of its variables. */
  private static final String CASES = "SELECT %s AS m, MAX(CASE WHEN v.NAME_ = :unit THEN v.TEXT_ END) AS unit, "
      + "MAX(CASE WHEN v.NAME_ = :value THEN v.TEXT_ END) AS val FROM ACT_HI_PROCINST p LEFT JOIN ACT_HI_VARINST v "
      + "ON v.PROC_INST_ID_ = p.ID_ AND v.NAME_ IN (:unit, :value) WHERE p.PROC_DEF_KEY_ = :key AND %s "
      + "GROUP BY p.ID_, p.START_TIME_";
  /** How often an action's marker occurs in an incident's history. */
  private static final String OCCURRENCES =
      "COALESCE((LENGTH(val) - LENGTH(REPLACE(val, :%1$s, ''))) / :%1$sLength, 0)";

  private final JdbcClient jdbc;

  TrendRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Travel requests per month and outcome (null while running). */
  List<Count> travelOutcomes(TrendMonths months, Scope scope) {
    return cases(months, scope, TravelProcess.KEY, TravelProcess.VAR_UNIT_ID, TravelProcess.VAR_OUTCOME,
        "m, val, COUNT(*)", " GROUP BY m, val")
        .query((rs, n) -> new Count(rs.getInt(1), rs.getString(2), rs.getInt(3))).list();
  }

  /** Incidents per month: reported, passed up by the clock, passed up by a level's decision. */
  List<IncidentMonth> incidents(TrendMonths months, Scope scope) {
    String clock = LevelAction.marker(LevelAction.Kind.ESCALATED_BY_CLOCK);
    String decision = LevelAction.marker(LevelAction.Kind.ESCALATED_BY_DECISION);
    return cases(months, scope, IncidentProcess.KEY, IncidentProcess.VAR_UNIT_ID, IncidentProcess.VAR_HISTORY,
        "m, COUNT(*), SUM(" + OCCURRENCES.formatted("clock") + "), SUM(" + OCCURRENCES.formatted("decision") + ")",
        " GROUP BY m")
        .param("clock", clock).param("clockLength", clock.length())
        .param("decision", decision).param("decisionLength", decision.length())
        .query((rs, n) -> new IncidentMonth(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
  }

  /** Heads' completed decisions on requests filed in the twelve months: the month, when created and decided. */
  List<Approval> approvals(TrendMonths months, Scope scope) {
    return jdbc.sql("SELECT " + months.indexOf("p.START_TIME_") + ", t.START_TIME_, t.END_TIME_ "
        + "FROM ACT_HI_PROCINST p JOIN ACT_HI_TASKINST t ON t.PROC_INST_ID_ = p.ID_ "
        + "LEFT JOIN ACT_HI_VARINST u ON u.PROC_INST_ID_ = p.ID_ AND u.NAME_ = :unit "
        + "WHERE p.PROC_DEF_KEY_ = :key AND " + months.within("p.START_TIME_") + " AND t.TASK_DEF_KEY_ = :task "
        + "AND t.END_TIME_ IS NOT NULL AND t.DELETE_REASON_ = 'completed'"
        + (scope.wholeCity() ? "" : " AND u.TEXT_ IN (:units)"))
        .params(months.bounds()).params(units(scope)).param("unit", TravelProcess.VAR_UNIT_ID)
        .param("key", TravelProcess.KEY).param("task", TravelProcess.TASK_APPROVE)
        .query((rs, n) -> new Approval(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()))
        .list();
  }

  /** The units' reports per period of the twelve months, by where they stand. */
  List<ReportsMonth> reports(TrendMonths months, Scope scope) {
    return jdbc.sql("SELECT period, "
        + "SUM(CASE WHEN submitted_at IS NOT NULL AND NOT late THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN submitted_at IS NOT NULL AND late THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN submitted_at IS NULL AND status = :late THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN submitted_at IS NULL AND status <> :late THEN 1 ELSE 0 END) "
        + "FROM monthly_unit_report WHERE period >= :first AND period <= :last"
        + (scope.wholeCity() ? "" : " AND unit_id IN (:units)") + " GROUP BY period")
        .param("late", UnitReportStatus.LATE.name()).param("first", months.first().toString())
        .param("last", months.last().toString()).params(units(scope))
        .query((rs, n) -> new ReportsMonth(rs.getString(1), new DashboardTrends.Reports(rs.getInt(2), rs.getInt(3),
            rs.getInt(4), rs.getInt(5))))
        .list();
  }

  /** Cases grouped by month: {@code val} the process's {@code value} variable, {@code unit} its unit. */
  private JdbcClient.StatementSpec cases(TrendMonths months, Scope scope, String key, String unit, String value,
      String columns, String groupBy) {
    String perCase = CASES.formatted(months.indexOf("p.START_TIME_"), months.within("p.START_TIME_"));
    return jdbc.sql("SELECT " + columns + " FROM (" + perCase + ") c"
        + (scope.wholeCity() ? "" : " WHERE unit IN (:units)") + groupBy)
        .params(months.bounds()).params(units(scope)).param("key", key).param("unit", unit).param("value", value);
  }

  private static Map<String, Object> units(Scope scope) {
    return scope.wholeCity() ? Map.of() : Map.of("units", scope.sorted());
  }

  record Count(int month, String key, int count) {
  }

  record IncidentMonth(int month, int reported, int byClock, int byDecision) {
  }

  record Approval(int month, Instant created, Instant decided) {
  }

  record ReportsMonth(String period, DashboardTrends.Reports reports) {
  }
}
