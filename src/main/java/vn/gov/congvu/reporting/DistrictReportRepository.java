package vn.gov.congvu.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The districts' consolidated reports of each cycle and who reports through which district (migration V10_4). */
@Repository
class DistrictReportRepository {

  private final JdbcTemplate jdbc;

  DistrictReportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String period, List<String> districtIds) {
    jdbc.batchUpdate("INSERT INTO monthly_district_report (period, district_id, status) VALUES (?, ?, 'COLLECTING')",
        districtIds.stream().map(id -> new Object[] {period, id}).toList());
  }

  void status(String period, String districtId, DistrictReportStatus status) {
    jdbc.update("UPDATE monthly_district_report SET status = ? WHERE period = ? AND district_id = ?", status.name(),
        period, districtId);
  }

  void sent(String period, String districtId, String summary, String by, Instant at) {
    jdbc.update("UPDATE monthly_district_report SET status = 'SENT', summary = ?, sent_by = ?, sent_at = ? "
        + "WHERE period = ? AND district_id = ?", summary, by, Timestamp.from(at), period, districtId);
  }

  List<DistrictReport> of(String period) {
    return jdbc.query("SELECT * FROM monthly_district_report WHERE period = ? ORDER BY district_id", (rs, i) -> {
      Timestamp sent = rs.getTimestamp("sent_at");
      return new DistrictReport(rs.getString("period"), rs.getString("district_id"),
          DistrictReportStatus.valueOf(rs.getString("status")), rs.getString("summary"),
          sent == null ? null : sent.toInstant(), rs.getString("sent_by"));
    }, period);
  }

  /** The units that report to Home Affairs directly. */
  List<String> directUnits(String period) {
    return jdbc.queryForList("SELECT unit_id FROM monthly_unit_report WHERE period = ? AND reports_through IS NULL "
        + "ORDER BY unit_id", String.class, period);
  }

  List<String> districts(String period) {
    return jdbc.queryForList("SELECT district_id FROM monthly_district_report WHERE period = ? ORDER BY district_id",
        String.class, period);
  }

  /** A district's own unit first, then the units that report through it. */
  List<String> unitsOf(String period, String districtId) {
    return jdbc.queryForList("SELECT unit_id FROM monthly_unit_report WHERE period = ? AND reports_through = ? "
        + "ORDER BY CASE WHEN unit_id = ? THEN 0 ELSE 1 END, unit_id", String.class, period, districtId, districtId);
  }
}
