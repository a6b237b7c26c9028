package vn.gov.congvu.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;

/** The directory tables as the administration writes them: whole rows, people who left included, in batches. */
@Repository
class DirectoryStore {

  private static final RowMapper<Member> MEMBER = (rs, i) -> new Member(rs.getString("user_id"),
      rs.getString("full_name"), rs.getString("email"), rs.getString("phone"), rs.getString("unit_id"),
      StaffRole.valueOf(rs.getString("role")), rs.getBoolean("active"));

  private final JdbcTemplate jdbc;

  DirectoryStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Row lock held to the end of the transaction: directory writers on any node take turns. */
  void lock() {
    jdbc.update("UPDATE directory_revision SET revision = revision + 1 WHERE id = 1");
  }

  Map<String, Member> members() {
    Map<String, Member> members = new LinkedHashMap<>();
    jdbc.query("SELECT * FROM staff ORDER BY user_id", MEMBER).forEach(m -> members.put(m.userId(), m));
    return members;
  }

  /** Current staff (with {@code all}, people who left too) of these units, by unit in the order given. */
  List<Member> listIn(List<String> unitIds, boolean all) {
    Map<String, List<Member>> byUnit = new LinkedHashMap<>();
    unitIds.forEach(id -> byUnit.put(id, new ArrayList<>()));
    new NamedParameterJdbcTemplate(jdbc).query("SELECT * FROM staff WHERE unit_id IN (:units)"
        + (all ? "" : " AND active = TRUE") + " ORDER BY user_id", Map.of("units", unitIds), MEMBER)
        .forEach(m -> byUnit.get(m.unitId()).add(m));
    return byUnit.values().stream().flatMap(List::stream).toList();
  }

  /** Current staff (with {@code all}, people who left too), of one unit or of all. */
  List<Member> list(String unitId, boolean all) {
    String where = (all ? "1 = 1" : "active = TRUE") + (unitId == null ? "" : " AND unit_id = ?");
    Object[] args = unitId == null ? new Object[0] : new Object[] {unitId};
    return jdbc.query("SELECT * FROM staff WHERE " + where + " ORDER BY unit_id, user_id", MEMBER, args);
  }

  Optional<Member> member(String userId) {
    return jdbc.query("SELECT * FROM staff WHERE user_id = ?", MEMBER, userId).stream().findFirst();
  }

  List<Member> membersOf(String unitId) {
    return jdbc.query("SELECT * FROM staff WHERE unit_id = ? AND active = TRUE ORDER BY user_id", MEMBER, unitId);
  }

  void insertUnits(List<Unit> units) {
    jdbc.batchUpdate("INSERT INTO org_unit (name, kind, parent_id, active, seat, id) VALUES (?, ?, ?, ?, ?, ?)",
        units.stream().map(DirectoryStore::unitRow).toList());
  }

  void updateUnits(List<Unit> units) {
    jdbc.batchUpdate("UPDATE org_unit SET name = ?, kind = ?, parent_id = ?, active = ?, seat = ? WHERE id = ?",
        units.stream().map(DirectoryStore::unitRow).toList());
  }

  void insertMembers(List<Member> members) {
    jdbc.batchUpdate("INSERT INTO staff (full_name, email, phone, unit_id, role, active, user_id) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", members.stream().map(DirectoryStore::memberRow).toList());
  }

  void updateMembers(List<Member> members) {
    jdbc.batchUpdate("UPDATE staff SET full_name = ?, email = ?, phone = ?, unit_id = ?, role = ?, active = ? "
        + "WHERE user_id = ?", members.stream().map(DirectoryStore::memberRow).toList());
  }

  long recordImport(Instant at, String by, List<UploadedFile> files, DirectoryDiff diff) {
    String names = String.join(", ", files.stream().map(f -> f.part() + "=" + f.name()).toList());
    String hashes = String.join(",", files.stream().map(UploadedFile::sha256).toList());
    jdbc.update("INSERT INTO directory_import (imported_at, imported_by, file_names, sha256, units_added, "
        + "units_changed, units_closed, staff_added, staff_changed, staff_left) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Timestamp.from(at), by, names.length() > 600 ? names.substring(0, 600) : names, hashes,
        diff.unitsAdded().size(), diff.unitsChanged().size(), diff.unitsClosed().size(), diff.staffAdded().size(),
        diff.staffChanged().size(), diff.staffLeft().size());
    return jdbc.queryForObject("SELECT MAX(id) FROM directory_import WHERE imported_by = ?", Long.class, by);
  }

  private static Object[] unitRow(Unit u) {
    return new Object[] {u.name(), u.kind().name(), u.parentId(), u.active(), u.seat(), u.id()};
  }

  private static Object[] memberRow(Member m) {
    return new Object[] {m.fullName(), m.email(), m.phone(), m.unitId(), m.role().name(), m.active(), m.userId()};
  }
}
