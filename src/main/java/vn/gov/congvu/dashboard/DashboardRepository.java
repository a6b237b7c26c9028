package vn.gov.congvu.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.travel.TravelProcess;
import vn.gov.congvu.violation.ViolationType;

/**
 * The dashboard's reads of the engine's runtime and history tables and of the violations register: one query per
 * figure, each a single pass over indexed columns (process definition key, start time, instance id), so that it
 * stays fast with years of finished instances in history.
 */
@Repository
class DashboardRepository {

  /**
   * The last value of variables of each instance in the history (derived variables keep their last value): one join
   * on the instance id, grouped, so that each instance's rows come by the index instead of a subquery per value.
   */
  private static final String HISTORIC_VARIABLE = "MAX(CASE WHEN v.NAME_ = :%1$s THEN v.TEXT_ END) AS v_%1$s";
  private static final String WITH_VARIABLES = " FROM ACT_HI_PROCINST p LEFT JOIN ACT_HI_VARINST v "
      + "ON v.PROC_INST_ID_ = p.ID_ AND v.NAME_ IN (:names) WHERE p.PROC_DEF_KEY_ = :key AND p.START_TIME_ >= :from "
      + "AND p.START_TIME_ < :to GROUP BY ";

  private final JdbcClient jdbc;

  DashboardRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every open task, with the group that is to act on it (or its assignee) and its due date. */
  List<OpenTask> openTasks() {
    return jdbc.sql("SELECT t.PROC_INST_ID_, e.BUSINESS_KEY_, d.KEY_, d.NAME_, t.TASK_DEF_KEY_, t.DUE_DATE_, "
        + "t.ASSIGNEE_, (SELECT MIN(l.GROUP_ID_) FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_ "
        + "AND l.TYPE_ = 'candidate') AS CANDIDATE_GROUP FROM ACT_RU_TASK t "
        + "JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_")
        .query((rs, n) -> new OpenTask(new Dashboard.CaseLink(rs.getString(1), rs.getString(2)), rs.getString(3),
            rs.getString(4), rs.getString(5), instant(rs, 6), rs.getString(7), rs.getString(8)))
        .list();
  }

  /** Running incidents with their unit, current level and severity. */
  List<OpenIncident> openIncidents() {
    String variable = "(SELECT MAX(v.TEXT_) FROM ACT_RU_VARIABLE v WHERE v.EXECUTION_ID_ = e.ID_ AND v.NAME_ = :%s)";
    return jdbc.sql("SELECT e.ID_, e.BUSINESS_KEY_, " + variable.formatted("unit") + ", "
        + variable.formatted("level") + ", " + variable.formatted("severity") + " FROM ACT_RU_EXECUTION e "
        + "JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_ WHERE e.ID_ = e.PROC_INST_ID_ AND d.KEY_ = :key")
        .param("unit", IncidentProcess.VAR_UNIT_ID).param("level", IncidentProcess.VAR_LEVEL)
        .param("severity", IncidentProcess.VAR_SEVERITY).param("key", IncidentProcess.KEY)
        .query((rs, n) -> new OpenIncident(new Dashboard.CaseLink(rs.getString(1), rs.getString(2)),
            rs.getString(3), rs.getString(4), rs.getString(5)))
        .list();
  }

  /** Incidents reported in the range, running or not, with their history of level actions. */
  List<IncidentCase> incidentsStarted(DashboardRange range) {
    return jdbc.sql("SELECT p.START_TIME_, p.END_TIME_, " + HISTORIC_VARIABLE.formatted("unit") + ", "
        + HISTORIC_VARIABLE.formatted("severity") + ", " + HISTORIC_VARIABLE.formatted("outcome") + ", "
        + HISTORIC_VARIABLE.formatted("history") + WITH_VARIABLES + "p.ID_, p.START_TIME_, p.END_TIME_")
        .param("unit", IncidentProcess.VAR_UNIT_ID).param("severity", IncidentProcess.VAR_SEVERITY)
        .param("outcome", IncidentProcess.VAR_OUTCOME).param("history", IncidentProcess.VAR_HISTORY)
        .param("names", List.of(IncidentProcess.VAR_UNIT_ID, IncidentProcess.VAR_SEVERITY,
            IncidentProcess.VAR_OUTCOME, IncidentProcess.VAR_HISTORY))
        .param("key", IncidentProcess.KEY).param("from", Timestamp.from(range.start()))
        .param("to", Timestamp.from(range.end()))
        .query((rs, n) -> new IncidentCase(instant(rs, 1), instant(rs, 2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)))
        .list();
  }

  /**
   * Travel requests filed in the range in one pass over them and their variables: counted by the requester's unit and
   * the outcome (null while running), and the decided approvals with the unit, when the task was created and completed.
   * No task starts before its instance: the bound on the task's start lets the database take the tasks of the range
   * by the engine's start-time index and match them at once, instead of one look-up per request.
   */
  TravelRequests travelRequests(DashboardRange range) {
    List<OutcomeCount> outcomes = new ArrayList<>();
    List<Approval> approvals = new ArrayList<>();
    jdbc.sql("WITH c AS (SELECT p.ID_ AS ID_, " + HISTORIC_VARIABLE.formatted("unit") + ", "
        + HISTORIC_VARIABLE.formatted("outcome") + WITH_VARIABLES + "p.ID_) "
        + "SELECT v_unit, v_outcome, COUNT(*), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP) FROM c "
        + "GROUP BY v_unit, v_outcome UNION ALL SELECT c.v_unit, NULL, NULL, t.START_TIME_, t.END_TIME_ FROM c "
        + "JOIN ACT_HI_TASKINST t ON t.PROC_INST_ID_ = c.ID_ WHERE t.TASK_DEF_KEY_ = :task "
        + "AND t.END_TIME_ IS NOT NULL AND t.DELETE_REASON_ = 'completed' AND t.START_TIME_ >= :from")
        .param("unit", TravelProcess.VAR_UNIT_ID).param("outcome", TravelProcess.VAR_OUTCOME)
        .param("names", List.of(TravelProcess.VAR_UNIT_ID, TravelProcess.VAR_OUTCOME))
        .param("key", TravelProcess.KEY).param("task", TravelProcess.TASK_APPROVE)
        .param("from", Timestamp.from(range.start())).param("to", Timestamp.from(range.end()))
        .query(rs -> {
          int count = rs.getInt(3);
          if (rs.wasNull()) {
            approvals.add(new Approval(rs.getString(1), instant(rs, 4), instant(rs, 5)));
          } else {
            outcomes.add(new OutcomeCount(rs.getString(1), rs.getString(2), count));
          }
        });
    return new TravelRequests(outcomes, approvals);
  }

  /** Late health declarations recorded in the range, by unit. */
  List<String> lateDeclarationUnits(DashboardRange range) {
    return jdbc.sql("SELECT unit_id FROM violation WHERE type = :type AND recorded_at >= :from "
        + "AND recorded_at < :to")
        .param("type", ViolationType.LATE_HEALTH_DECLARATION.name()).param("from", Timestamp.from(range.start()))
        .param("to", Timestamp.from(range.end()))
        .query(String.class).list();
  }

  /** The engine's local time stamps in the JVM's zone, as getTimestamp reads them, without its per-row zone guess. */
  private static Instant instant(ResultSet rs, int column) throws SQLException {
    LocalDateTime time = rs.getObject(column, LocalDateTime.class);
    return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
  }

  record OpenTask(Dashboard.CaseLink instance, String processKey, String processName, String taskKey, Instant due,
      String assignee, String candidateGroup) {
  }

  record OpenIncident(Dashboard.CaseLink instance, String unitId, String level, String severity) {
  }

  record IncidentCase(Instant start, Instant end, String unitId, String severity, String outcome, String history) {
  }

  record TravelRequests(List<OutcomeCount> outcomes, List<Approval> approvals) {
  }

  record OutcomeCount(String unitId, String outcome, int count) {
  }

  record Approval(String unitId, Instant created, Instant decided) {
  }
}
