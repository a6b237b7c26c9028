package vn.gov.congvu.organization;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the directory tables created by migration V1. Staff reads see the current directory only: someone
 * who left keeps their row (migration V8_1, {@code active = FALSE}) for history, but holds no role any more.
 */
@Repository
public class OrganizationRepository {

  private static final RowMapper<Unit> UNIT = (rs, i) -> new Unit(rs.getString("id"), rs.getString("name"),
      UnitKind.valueOf(rs.getString("kind")), rs.getString("parent_id"), rs.getBoolean("active"), rs.getString("seat"));
  private static final RowMapper<StaffMember> STAFF = (rs, i) -> new StaffMember(rs.getString("user_id"),
      rs.getString("full_name"), rs.getString("email"), rs.getString("phone"), rs.getString("unit_id"),
      StaffRole.valueOf(rs.getString("role")));
  private static final RowMapper<ProcessOwner> OWNER = (rs, i) -> new ProcessOwner(rs.getString("user_id"),
      rs.getString("full_name"), rs.getString("email"));

  private final JdbcTemplate jdbc;
  private final JdbcClient client;

  OrganizationRepository(JdbcTemplate jdbc, JdbcClient client) {
    this.jdbc = jdbc;
    this.client = client;
  }

  public List<Unit> units() {
    return jdbc.query("SELECT * FROM org_unit ORDER BY id", UNIT);
  }

  public Optional<Unit> unit(String id) {
    return jdbc.query("SELECT * FROM org_unit WHERE id = ?", UNIT, id).stream().findFirst();
  }

  public List<StaffMember> staff() {
    return jdbc.query("SELECT * FROM staff WHERE active = TRUE ORDER BY user_id", STAFF);
  }

  public Optional<StaffMember> staffMember(String userId) {
    return jdbc.query("SELECT * FROM staff WHERE user_id = ? AND active = TRUE", STAFF, userId).stream().findFirst();
  }

  /**
   * A unit followed by its parent, its parent's parent and so on to the top, in one query; bounded at 16 levels so
   * a cycle in imported data cannot run forever. Empty for an unknown unit.
   */
  public List<Unit> ancestry(String id) {
    return jdbc.query("""
        WITH RECURSIVE line (id, name, kind, parent_id, active, seat, hops) AS (
          SELECT id, name, kind, parent_id, active, seat, 0 FROM org_unit WHERE id = ?
          UNION ALL
          SELECT u.id, u.name, u.kind, u.parent_id, u.active, u.seat, line.hops + 1
          FROM org_unit u JOIN line ON u.id = line.parent_id WHERE line.hops < 16)
        SELECT * FROM line ORDER BY hops""", UNIT, id);
  }

  /** The roles someone holds in each of the given units (units nobody works in are absent): one query. */
  public Map<String, Set<StaffRole>> staffedRoles(Collection<String> unitIds) {
    Map<String, Set<StaffRole>> roles = new HashMap<>();
    if (unitIds.isEmpty()) {
      return roles;
    }
    client.sql("SELECT DISTINCT unit_id, role FROM staff WHERE active = TRUE AND unit_id IN (:units)")
        .param("units", unitIds)
        .query((RowCallbackHandler) rs -> roles.computeIfAbsent(rs.getString("unit_id"),
            u -> EnumSet.noneOf(StaffRole.class)).add(StaffRole.valueOf(rs.getString("role"))));
    return roles;
  }

  public List<ProcessOwner> processOwners() {
    return jdbc.query("SELECT * FROM process_owner ORDER BY user_id", OWNER);
  }

  /** Inserts or updates a unit; returns true when a row changed. */
  public boolean save(Unit unit) {
    Optional<Unit> existing = unit(unit.id());
    if (existing.isEmpty()) {
      jdbc.update("INSERT INTO org_unit (id, name, kind, parent_id, active, seat) VALUES (?, ?, ?, ?, ?, ?)",
          unit.id(), unit.name(), unit.kind().name(), unit.parentId(), unit.active(), unit.seat());
      return true;
    }
    if (existing.get().equals(unit)) {
      return false;
    }
    jdbc.update("UPDATE org_unit SET name = ?, kind = ?, parent_id = ?, active = ?, seat = ? WHERE id = ?",
        unit.name(), unit.kind().name(), unit.parentId(), unit.active(), unit.seat(), unit.id());
    return true;
  }

  /** Inserts or updates a staff member, who is in the directory afterwards; returns true when a row changed. */
  public boolean save(StaffMember member) {
    // Someone who left has a row but no staffMember(): they are brought back, not inserted twice.
    boolean known = jdbc.queryForObject("SELECT COUNT(*) FROM staff WHERE user_id = ?", Integer.class,
        member.userId()) > 0;
    Optional<StaffMember> existing = staffMember(member.userId());
    if (!known) {
      jdbc.update("INSERT INTO staff (user_id, full_name, email, phone, unit_id, role) VALUES (?, ?, ?, ?, ?, ?)",
          member.userId(), member.fullName(), member.email(), member.phone(), member.unitId(), member.role().name());
      return true;
    }
    if (existing.isPresent() && existing.get().equals(member)) {
      return false;
    }
    jdbc.update("UPDATE staff SET full_name = ?, email = ?, phone = ?, unit_id = ?, role = ?, active = TRUE "
        + "WHERE user_id = ?",
        member.fullName(), member.email(), member.phone(), member.unitId(), member.role().name(), member.userId());
    return true;
  }

  /** Inserts or updates a process owner; returns true when a row changed. */
  public boolean save(ProcessOwner owner) {
    List<ProcessOwner> existing = jdbc.query("SELECT * FROM process_owner WHERE user_id = ?", OWNER, owner.userId());
    if (existing.isEmpty()) {
      jdbc.update("INSERT INTO process_owner (user_id, full_name, email) VALUES (?, ?, ?)", owner.userId(),
          owner.fullName(), owner.email());
      return true;
    }
    if (existing.get(0).equals(owner)) {
      return false;
    }
    jdbc.update("UPDATE process_owner SET full_name = ?, email = ? WHERE user_id = ?", owner.fullName(),
        owner.email(), owner.userId());
    return true;
  }
}
