package vn.gov.congvu.violation;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import vn.gov.congvu.CongVuApplication;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;

/**
 * The violations register. Recording is idempotent without an exception inside the caller's transaction (on
 * PostgreSQL a failed statement would abort the engine's whole step): the insert only happens when the cause is not
 * there yet, and the unique key is the backstop for two nodes at once.
 */
@Service
public class ViolationRegister {

  private static final ZoneId ZONE = ZoneId.of(CongVuApplication.ZONE);

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final OrganizationDirectory directory;

  ViolationRegister(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, OrganizationDirectory directory) {
    this.jdbc = jdbc;
    this.named = named;
    this.directory = directory;
  }

  /** Records a violation without a form of handling (a late declaration) once; returns true when it was new. */
  public boolean record(String userId, ViolationType type, String details, String processInstanceId,
      String sourceKey) {
    return record(userId, type, details, null, processInstanceId, sourceKey);
  }

  /** Records a violation once per (instance, type, user, cause); returns true when it was new. */
  public boolean record(String userId, ViolationType type, String details, ViolationHandling handling,
      String processInstanceId, String sourceKey) {
    String unitId = directory.staffMember(userId).map(StaffMember::unitId)
        .orElseThrow(() -> new IllegalArgumentException("Unknown staff member " + userId));
    Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    return jdbc.update("INSERT INTO violation (user_id, unit_id, type, recorded_at, details, handling, "
        + "process_instance_id, source_key) SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (0)) AS x(n) WHERE NOT EXISTS "
        + "(SELECT 1 FROM violation WHERE process_instance_id = ? AND type = ? AND user_id = ? AND source_key = ?)",
        userId, unitId, type.name(), now, details, handling == null ? null : handling.name(), processInstanceId,
        sourceKey, processInstanceId, type.name(), userId, sourceKey) == 1;
  }

  public List<Violation> find(ViolationQuery query) {
    if (query.unitIds() != null && query.unitIds().isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource args = new MapSqlParameterSource();
    StringBuilder sql = new StringBuilder("SELECT * FROM violation WHERE 1 = 1");
    if (query.unitIds() != null) {
      sql.append(" AND unit_id IN (:units)");
      args.addValue("units", query.unitIds());
    }
    if (query.userId() != null) {
      sql.append(" AND user_id = :user");
      args.addValue("user", query.userId());
    }
    period(query.period(), sql, args);
    sql.append(" ORDER BY recorded_at, id");
    return named.query(sql.toString(), args, (rs, i) -> new Violation(rs.getString("user_id"),
        rs.getString("unit_id"), ViolationType.valueOf(rs.getString("type")),
        rs.getTimestamp("recorded_at").toInstant().atZone(ZONE).toOffsetDateTime(), rs.getString("details"),
        rs.getString("handling") == null ? null : ViolationHandling.valueOf(rs.getString("handling"))));
  }

  /** How many violations each unit has in a period, by type; units without any are absent. */
  public Map<String, Map<ViolationType, Integer>> countsByUnit(String period) {
    MapSqlParameterSource args = new MapSqlParameterSource();
    StringBuilder sql = new StringBuilder("SELECT unit_id, type, COUNT(*) AS n FROM violation WHERE 1 = 1");
    period(period, sql, args);
    sql.append(" GROUP BY unit_id, type");
    Map<String, Map<ViolationType, Integer>> counts = new HashMap<>();
    named.query(sql.toString(), args, (RowCallbackHandler) rs -> counts
        .computeIfAbsent(rs.getString("unit_id"), id -> new EnumMap<>(ViolationType.class))
        .put(ViolationType.valueOf(rs.getString("type")), rs.getInt("n")));
    return counts;
  }

  /** Each violation of a period with where it came from: the process that recorded it tells who found it. */
  public List<ViolationSource> sources(String period) {
    MapSqlParameterSource args = new MapSqlParameterSource();
    StringBuilder sql = new StringBuilder("SELECT unit_id, type, process_instance_id, handling FROM violation WHERE 1 = 1");
    period(period, sql, args);
    return named.query(sql.toString(), args, (rs, i) -> new ViolationSource(rs.getString("unit_id"),
        ViolationType.valueOf(rs.getString("type")), rs.getString("process_instance_id"),
        rs.getString("handling") == null ? null : ViolationHandling.valueOf(rs.getString("handling"))));
  }

  private static void period(String period, StringBuilder sql, MapSqlParameterSource args) {
    if (period == null) {
      return;
    }
    YearMonth month = YearMonth.parse(period);
    sql.append(" AND recorded_at >= :from AND recorded_at < :to");
    args.addValue("from", Timestamp.from(month.atDay(1).atStartOfDay(ZONE).toInstant()));
    args.addValue("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()));
  }
}
