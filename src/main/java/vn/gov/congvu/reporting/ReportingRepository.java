package vn.gov.congvu.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The application's record of monthly cycles and unit reports (migration V6); it outlives engine history. */
@Repository
public class ReportingRepository {

  private final JdbcTemplate jdbc;

  ReportingRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean cycleExists(String period) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report_cycle WHERE period = ?",
        Integer.class, period);
    return count != null && count > 0;
  }

  /** Fails with a duplicate key when the period is already open: one cycle per period, whatever node asks. */
  void insertCycle(String period, String processInstanceId, Instant startedAt, String startedBy,
      Instant submissionDue) {
    jdbc.update("INSERT INTO monthly_report_cycle (period, process_instance_id, started_at, started_by, "
        + "submission_due, status) VALUES (?, ?, ?, ?, ?, 'COLLECTING')", period, processInstanceId,
        Timestamp.from(startedAt), startedBy, Timestamp.from(submissionDue));
  }

  /**
   * Reserves a period before its process starts, in the starter's transaction: a second reservation of the period,
   * on this node or another, fails on the key and starts nothing. Returns false when the period is taken.
   */
  boolean reserve(String period, String token, Instant startedAt, String startedBy, Instant submissionDue) {
    return jdbc.update("INSERT INTO monthly_report_cycle (period, process_instance_id, started_at, started_by, "
        + "submission_due, status) SELECT ?, ?, ?, ?, ?, 'COLLECTING' FROM (VALUES (0)) AS x(n) WHERE NOT EXISTS "
        + "(SELECT 1 FROM monthly_report_cycle WHERE period = ?)", period, token, Timestamp.from(startedAt),
        startedBy, Timestamp.from(submissionDue), period) == 1;
  }

  /** Hands a reservation over to the process instance that was started for it; false if it is not ours. */
  boolean claimReservation(String period, String token, String processInstanceId) {
    return jdbc.update("UPDATE monthly_report_cycle SET process_instance_id = ? WHERE period = ? AND "
        + "process_instance_id = ?", processInstanceId, period, token) == 1;
  }

  /** The cycle's unit rows, pending, with the district each reports through and what is known of it so far. */
  void insertUnits(String period, List<String> unitIds, Map<String, KnownFigures> figures,
      Map<String, String> reportsThrough) {
    jdbc.batchUpdate("INSERT INTO monthly_unit_report (" + UnitReportRows.KNOWN_COLUMNS + ", period, unit_id, "
        + "reports_through, status) VALUES (" + "?, ".repeat(UnitReportRows.KNOWN_COUNT + 3) + "'PENDING')",
        UnitReportRows.perUnit(unitIds, figures, period, reportsThrough::get));
  }

  /** The known figures counted again over the whole period (events after the opening included). */
  void refreshKnown(String period, List<String> unitIds, Map<String, KnownFigures> figures) {
    jdbc.batchUpdate("UPDATE monthly_unit_report SET " + UnitReportRows.KNOWN_ASSIGNMENTS
        + " WHERE period = ? AND unit_id = ?", UnitReportRows.perUnit(unitIds, figures, period, null));
  }

  void submit(String period, String unitId, UnitSubmission submission, String by, Instant at) {
    Object[] values = UnitReportRows.submission(submission);
    Object[] args = new Object[values.length + 4];
    args[0] = Timestamp.from(at);
    args[1] = by;
    System.arraycopy(values, 0, args, 2, values.length);
    args[values.length + 2] = period;
    args[values.length + 3] = unitId;
    jdbc.update("UPDATE monthly_unit_report SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ?, "
        + UnitReportRows.SUBMISSION_ASSIGNMENTS + " WHERE period = ? AND unit_id = ?", args);
  }

  /** Marks a district's units not yet submitted as late; returns their ids. Running it twice changes nothing more. */
  List<String> markLate(String period, String districtId) {
    List<String> late = jdbc.queryForList("SELECT unit_id FROM monthly_unit_report WHERE period = ? "
        + "AND reports_through = ? AND status <> 'SUBMITTED' ORDER BY unit_id", String.class, period, districtId);
    jdbc.update("UPDATE monthly_unit_report SET status = 'LATE', late = TRUE WHERE period = ? AND reports_through = ? "
        + "AND status <> 'SUBMITTED'", period, districtId);
    return late;
  }

  /** Marks every unit not yet submitted as late; returns their ids. Running it twice changes nothing more. */
  List<String> markLate(String period) {
    List<String> late = jdbc.queryForList("SELECT unit_id FROM monthly_unit_report WHERE period = ? "
        + "AND status <> 'SUBMITTED' ORDER BY unit_id", String.class, period);
    jdbc.update("UPDATE monthly_unit_report SET status = 'LATE', late = TRUE WHERE period = ? "
        + "AND status <> 'SUBMITTED'", period);
    return late;
  }

  void grades(String period, Map<String, String> gradeByUnit) {
    jdbc.batchUpdate("UPDATE monthly_unit_report SET grade = ? WHERE period = ? AND unit_id = ?",
        gradeByUnit.entrySet().stream().map(e -> new Object[] {e.getValue(), period, e.getKey()}).toList());
  }

  void cycleStatus(String period, String status, String assessment, Instant at) {
    String column = "REVIEWING".equals(status) ? "consolidated_at" : "CLOSED".equals(status) ? "reviewed_at"
        : null;
    jdbc.update("UPDATE monthly_report_cycle SET status = ?, assessment = COALESCE(?, assessment)"
        + (column == null ? "" : ", " + column + " = ?") + " WHERE period = ?",
        column == null ? new Object[] {status, assessment, period}
            : new Object[] {status, assessment, Timestamp.from(at), period});
  }

  public Optional<String> cycleStatus(String period) {
    return jdbc.queryForList("SELECT status FROM monthly_report_cycle WHERE period = ?", String.class, period)
        .stream().findFirst();
  }

  void directions(String period, String directions) {
    jdbc.update("UPDATE monthly_report_cycle SET directions = ? WHERE period = ?", directions, period);
  }

  public Optional<String> directions(String period) {
    return jdbc.queryForList("SELECT directions FROM monthly_report_cycle WHERE period = ?", String.class, period)
        .stream().filter(d -> d != null).findFirst();
  }

  public Optional<String> assessment(String period) {
    return jdbc.queryForList("SELECT assessment FROM monthly_report_cycle WHERE period = ?", String.class, period)
        .stream().filter(a -> a != null).findFirst();
  }

  List<String> unitIds(String period) {
    return jdbc.queryForList("SELECT unit_id FROM monthly_unit_report WHERE period = ? ORDER BY unit_id",
        String.class, period);
  }

  public List<UnitReport> unitReports(String period) {
    return jdbc.query("SELECT * FROM monthly_unit_report WHERE period = ? ORDER BY unit_id", UnitReportRows::read,
        period);
  }

  /** A district's row and those of the units that report through it. */
  List<UnitReport> unitReportsThrough(String period, String districtId) {
    return jdbc.query("SELECT * FROM monthly_unit_report WHERE period = ? AND reports_through = ? ORDER BY unit_id",
        UnitReportRows::read, period, districtId);
  }

  public Optional<UnitReport> unitReport(String period, String unitId) {
    return jdbc.query("SELECT * FROM monthly_unit_report WHERE period = ? AND unit_id = ?", UnitReportRows::read,
        period, unitId).stream().findFirst();
  }

  /** The first start of the application, recorded once. */
  Instant installedAt(Instant now) {
    List<Timestamp> found = jdbc.queryForList("SELECT started_at FROM app_installation WHERE id = 1",
        Timestamp.class);
    if (!found.isEmpty()) {
      return found.get(0).toInstant();
    }
    jdbc.update("INSERT INTO app_installation (id, started_at) SELECT 1, ? FROM (VALUES (0)) AS x(n) "
        + "WHERE NOT EXISTS (SELECT 1 FROM app_installation WHERE id = 1)", Timestamp.from(now));
    return jdbc.queryForObject("SELECT started_at FROM app_installation WHERE id = 1", Timestamp.class).toInstant();
  }
}
