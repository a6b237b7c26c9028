package vn.gov.congvu.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city-sized directory beside the demo one: wards spread over districts of {@value #WARDS_PER_DISTRICT} as in a
 * city like Hà Nội (30 districts, 579 wards and communes), each unit with a head, a duty officer and ten staff,
 * written straight into the directory tables (the benchmark measures the processes, not the loader).
 * And a whole city as import files, for the directory import's own measurement.
 */
final class CityDirectory {

  static final int STAFF_PER_UNIT = 10;
  static final int WARDS_PER_DISTRICT = 25;

  private CityDirectory() {
  }

  /** Adds {@code units} wards and their districts; returns the wards' ids. */
  static List<String> generate(JdbcTemplate jdbc, int units) {
    List<String> ids = new ArrayList<>();
    List<Object[]> unitRows = new ArrayList<>();
    List<Object[]> staffRows = new ArrayList<>();
    for (int d = 1; d <= (units + WARDS_PER_DISTRICT - 1) / WARDS_PER_DISTRICT; d++) {
      String id = String.format("district-bench-%02d", d);
      unitRows.add(new Object[] {id, "Quận thử nghiệm " + d, "DISTRICT", "city-committee", null});
      staff(staffRows, id, "dh" + d, "dd" + d, "ds" + d);
    }
    for (int i = 1; i <= units; i++) {
      String id = String.format("ward-bench-%04d", i);
      ids.add(id);
      String district = String.format("district-bench-%02d", (i - 1) / WARDS_PER_DISTRICT + 1);
      unitRows.add(new Object[] {id, "Phường thử nghiệm " + i, "WARD", district, id});
      staff(staffRows, id, "bh" + i, "bd" + i, "bs" + i);
    }
    jdbc.batchUpdate("INSERT INTO org_unit (id, name, kind, parent_id, active, seat) VALUES (?, ?, ?, ?, TRUE, ?)",
        unitRows);
    jdbc.batchUpdate("INSERT INTO staff (user_id, full_name, unit_id, role) VALUES (?, ?, ?, ?)", staffRows);
    return ids;
  }

  private static void staff(List<Object[]> rows, String unitId, String head, String duty, String staff) {
    rows.add(new Object[] {head, "Trưởng " + unitId, unitId, "HEAD"});
    rows.add(new Object[] {duty, "Trực ban " + unitId, unitId, "DUTY"});
    for (int s = 1; s <= STAFF_PER_UNIT; s++) {
      rows.add(new Object[] {staff + "-" + s, "Cán bộ " + unitId + "-" + s, unitId, "STAFF"});
    }
  }

  /**
   * The same kind of city as the directory files an HR office would import: the City People's Committee, Home
   * Affairs and Health, {@code districts} districts and wards under them up to {@code units} units in all, each with
   * a head, a deputy, two duty officers and staff up to {@code staffPerUnit}. Returns the CSV texts units, staff.
   */
  static String[] files(int units, int districts, int staffPerUnit) {
    StringBuilder unitCsv = new StringBuilder("id,name,kind,parent,seat\n");
    StringBuilder staffCsv = new StringBuilder("userId,fullName,email,unitId,role\n");
    List<String[]> all = new ArrayList<>();
    all.add(new String[] {"city-committee", "Ủy ban nhân dân Thành phố", "CITY", "", "ward-bench-0001"});
    all.add(new String[] {"home-affairs", "Sở Nội vụ", "DEPARTMENT", "city-committee", "ward-bench-0001"});
    all.add(new String[] {"health-dept", "Sở Y tế", "DEPARTMENT", "city-committee", "ward-bench-0001"});
    for (int d = 1; d <= districts; d++) {
      all.add(new String[] {String.format("district-bench-%02d", d), "Quận thử nghiệm " + d, "DISTRICT",
          "city-committee", String.format("ward-bench-%04d", d)});
    }
    for (int w = 1; all.size() < units; w++) {
      String id = String.format("ward-bench-%04d", w);
      all.add(new String[] {id, "Phường thử nghiệm " + w, "WARD",
          String.format("district-bench-%02d", (w - 1) % districts + 1), id});
    }
    int n = 0;
    for (String[] unit : all) {
      unitCsv.append(String.join(",", unit)).append('\n');
      for (int s = 0; s < staffPerUnit; s++) {
        String role = s == 0 ? "HEAD" : s == 1 ? "DEPUTY" : s < 4 ? "DUTY" : "STAFF";
        String user = "cb" + (++n);
        staffCsv.append(user).append(",Cán bộ thử nghiệm ").append(n).append(',').append(user)
            .append("@congvu.example.vn,").append(unit[0]).append(',').append(role).append('\n');
      }
    }
    return new String[] {unitCsv.toString(), staffCsv.toString()};
  }
}
