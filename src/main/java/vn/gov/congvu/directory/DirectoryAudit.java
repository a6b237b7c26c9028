package vn.gov.congvu.directory;

import java.sql.Timestamp;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The register of day-to-day directory changes (migration V8_2): who, when, what; in the change's transaction. */
@Component
class DirectoryAudit {

  /** What was done; stored as its name. */
  enum Action {
    APPOINT_HEAD, SET_DUTY, PLACE, LEAVE, PASSWORD_LINK
  }

  private final JdbcTemplate jdbc;

  DirectoryAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String by, Action action, String unitId, String userId, String details) {
    jdbc.update("INSERT INTO directory_change (changed_at, changed_by, action, unit_id, user_id, details) "
        + "VALUES (?, ?, ?, ?, ?, ?)", Timestamp.from(ClockUtil.getCurrentTime().toInstant()), by, action.name(),
        unitId, userId, details == null || details.length() <= 4000 ? details : details.substring(0, 4000));
  }
}
