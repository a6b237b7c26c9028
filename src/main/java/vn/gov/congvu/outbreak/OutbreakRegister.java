package vn.gov.congvu.outbreak;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** The register of announced outbreak areas and its matching against a trip (T4). */
@Service
public class OutbreakRegister {

  private static final RowMapper<OutbreakArea> AREA = (rs, i) -> new OutbreakArea(rs.getLong("id"),
      rs.getString("area"), rs.getString("province"), rs.getString("announced_by"),
      rs.getDate("active_from").toLocalDate(),
      rs.getDate("active_to") == null ? null : rs.getDate("active_to").toLocalDate());

  private final JdbcTemplate jdbc;

  OutbreakRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The announced areas named in the destination whose announcement overlaps the trip. */
  public List<OutbreakArea> matches(String destination, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM outbreak_area WHERE active_from <= ? AND (active_to IS NULL OR active_to >= ?)"
        + " ORDER BY id", AREA, Date.valueOf(to), Date.valueOf(from)).stream()
        .filter(a -> PlaceNames.mentions(destination, a.area())).toList();
  }

  public List<OutbreakArea> all(LocalDate activeOn) {
    if (activeOn == null) {
      return jdbc.query("SELECT * FROM outbreak_area ORDER BY active_from DESC, id", AREA);
    }
    return jdbc.query("SELECT * FROM outbreak_area WHERE active_from <= ? AND (active_to IS NULL OR active_to >= ?)"
        + " ORDER BY active_from DESC, id", AREA, Date.valueOf(activeOn), Date.valueOf(activeOn));
  }

  OutbreakArea add(OutbreakArea area, String createdBy, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO outbreak_area (area, province, announced_by, "
          + "active_from, active_to, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, area.area());
      statement.setString(2, area.province());
      statement.setString(3, area.announcedBy());
      statement.setDate(4, Date.valueOf(area.activeFrom()));
      statement.setDate(5, area.activeTo() == null ? null : Date.valueOf(area.activeTo()));
      statement.setString(6, createdBy);
      statement.setTimestamp(7, Timestamp.from(now));
      return statement;
    }, key);
    return new OutbreakArea(key.getKey().longValue(), area.area(), area.province(), area.announcedBy(),
        area.activeFrom(), area.activeTo());
  }
}
