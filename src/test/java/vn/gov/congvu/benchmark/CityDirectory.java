package vn.gov.congvu.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city-sized directory beside the demo one: wards under district 1, each with a head, a duty officer and ten staff,
 * written straight into the directory tables (the benchmark measures the processes, not the loader).
 */
final class CityDirectory {

  static final int STAFF_PER_UNIT = 10;

  private CityDirectory() {
  }

  /** Adds {@code units} wards; returns their ids. */
  static List<String> generate(JdbcTemplate jdbc, int units) {
    List<String> ids = new ArrayList<>();
    List<Object[]> unitRows = new ArrayList<>();
    List<Object[]> staffRows = new ArrayList<>();
    for (int i = 1; i <= units; i++) {
      String id = String.format("ward-bench-%04d", i);
      ids.add(id);
      unitRows.add(new Object[] {id, "Phường thử nghiệm " + i, "WARD", "district-1"});
      staffRows.add(new Object[] {"bh" + i, "Trưởng phường " + i, id, "HEAD"});
      staffRows.add(new Object[] {"bd" + i, "Trực ban phường " + i, id, "DUTY"});
      for (int s = 1; s <= STAFF_PER_UNIT; s++) {
        staffRows.add(new Object[] {"bs" + i + "-" + s, "Cán bộ " + i + "-" + s, id, "STAFF"});
      }
    }
    jdbc.batchUpdate("INSERT INTO org_unit (id, name, kind, parent_id, active) VALUES (?, ?, ?, ?, TRUE)", unitRows);
    jdbc.batchUpdate("INSERT INTO staff (user_id, full_name, unit_id, role) VALUES (?, ?, ?, ?)", staffRows);
    return ids;
  }
}
