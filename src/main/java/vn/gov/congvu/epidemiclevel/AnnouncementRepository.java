package vn.gov.congvu.epidemiclevel;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of announcements; rows are only ever added. */
@Repository
class AnnouncementRepository {

  private static final RowMapper<Announcement> ROW = (rs, i) -> new Announcement(rs.getLong("id"),
      rs.getString("area_unit_id"), rs.getInt("level_no"), rs.getDate("effective_from").toLocalDate(),
      rs.getString("decision_ref"), rs.getString("announced_by"), rs.getTimestamp("announced_at").toInstant(),
      rs.getString("process_instance_id"), rs.getString("reference"));

  private final JdbcClient jdbc;

  AnnouncementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the announcement of a process once (a job run twice finds its row) and returns the stored row. */
  Announcement insertIfAbsent(Announcement a) {
    Optional<Announcement> existing = byProcess(a.processInstanceId());
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql("INSERT INTO epidemic_level (area_unit_id, level_no, effective_from, decision_ref, announced_by, "
        + "announced_at, process_instance_id, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(a.areaUnitId(), a.level(), Date.valueOf(a.effectiveFrom()), a.decisionRef(), a.announcedBy(),
            Timestamp.from(a.announcedAt()), a.processInstanceId(), a.reference())
        .update();
    return byProcess(a.processInstanceId()).orElseThrow();
  }

  Optional<Announcement> byProcess(String processInstanceId) {
    return jdbc.sql("SELECT * FROM epidemic_level WHERE process_instance_id = ?").param(processInstanceId)
        .query(ROW).optional();
  }

  /** Every announcement effective on or before the day, oldest first (a small table: a city has a few hundred). */
  List<Announcement> effectiveBy(LocalDate day) {
    return jdbc.sql("SELECT * FROM epidemic_level WHERE effective_from <= ? ORDER BY effective_from, id")
        .param(Date.valueOf(day)).query(ROW).list();
  }

  /** The register, newest first, optionally for one area. */
  List<Announcement> all(String areaUnitId) {
    if (areaUnitId == null) {
      return jdbc.sql("SELECT * FROM epidemic_level ORDER BY effective_from DESC, id DESC").query(ROW).list();
    }
    return jdbc.sql("SELECT * FROM epidemic_level WHERE area_unit_id = ? ORDER BY effective_from DESC, id DESC")
        .param(areaUnitId).query(ROW).list();
  }
}
