package vn.gov.congvu.epidemiclevel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The operating modes heads confirmed, one row per unit and announcement (the last confirmation kept). */
@Repository
public class ConfirmedModes {

  private static final RowMapper<ConfirmedMode> ROW = (rs, i) -> new ConfirmedMode(rs.getLong("announcement_id"),
      rs.getString("unit_id"), rs.getInt("on_site_percent"), rs.getInt("work_from_home"),
      CitizenReception.valueOf(rs.getString("citizen_reception")), rs.getBoolean("online_meetings"),
      rs.getString("essential_reason"), rs.getString("confirmed_by"), rs.getTimestamp("confirmed_at").toInstant());

  private final JdbcClient jdbc;

  ConfirmedModes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the unit's confirmation, replacing an earlier one for the same announcement (a task run again). */
  public void save(ConfirmedMode mode) {
    jdbc.sql("DELETE FROM unit_operating_mode WHERE announcement_id = ? AND unit_id = ?")
        .params(mode.announcementId(), mode.unitId()).update();
    jdbc.sql("INSERT INTO unit_operating_mode (announcement_id, unit_id, on_site_percent, work_from_home, "
        + "citizen_reception, online_meetings, essential_reason, confirmed_by, confirmed_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(mode.announcementId(), mode.unitId(), mode.onSitePercent(), mode.workFromHome(),
            mode.citizenReception().name(), mode.onlineMeetings(), mode.essentialReason(), mode.confirmedBy(),
            Timestamp.from(mode.confirmedAt()))
        .update();
  }

  /** Each unit's last confirmation made before the instant, in one query (a report covers every unit). */
  public Map<String, ConfirmedMode> lastOfEachUnitBefore(Instant before) {
    Map<String, ConfirmedMode> last = new HashMap<>();
    jdbc.sql("SELECT * FROM unit_operating_mode WHERE confirmed_at < ? ORDER BY confirmed_at")
        .param(Timestamp.from(before)).query(ROW).list().forEach(mode -> last.put(mode.unitId(), mode));
    return last;
  }

}
