package vn.gov.congvu.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The floor of a directory import: the rows it writes, inserted with plain JDBC batches in one transaction into empty
 * copies of the tables, timed, then dropped. Once the directory rows alone (units and staff), once with the Camunda
 * rows they stand for (four groups per unit, a user and an authorization per person, their memberships).
 */
final class JdbcBaseline {

  private JdbcBaseline() {
  }

  static double directoryRows(JdbcTemplate jdbc, String[] city) {
    return time(jdbc, city, false);
  }

  static double withIdentityRows(JdbcTemplate jdbc, String[] city) {
    return time(jdbc, city, true);
  }

  private static double time(JdbcTemplate jdbc, String[] city, boolean identity) {
    List<String> tables = identity ? List.of("org_unit", "staff", "act_id_group", "act_id_user", "act_id_membership",
        "act_ru_authorization") : List.of("org_unit", "staff");
    for (String table : tables) {
      jdbc.execute("CREATE TABLE bench_" + table + " AS SELECT * FROM " + table + " WHERE 1 = 0");
    }
    List<Object[]> units = rows(city[0]);
    List<Object[]> staff = rows(city[1]);
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    long t0 = System.nanoTime();
    tx.executeWithoutResult(status -> {
      jdbc.batchUpdate("INSERT INTO bench_org_unit (id, name, kind, parent_id, seat, active) VALUES (?, ?, ?, ?, ?, "
          + "TRUE)", units.stream().map(u -> new Object[] {u[0], u[1], u[2], blank(u[3]), u[4]}).toList());
      jdbc.batchUpdate("INSERT INTO bench_staff (user_id, full_name, email, unit_id, role, active) VALUES (?, ?, ?, ?, "
          + "?, TRUE)", staff);
      if (identity) {
        insertIdentity(jdbc, units, staff);
      }
    });
    double ms = (System.nanoTime() - t0) / 1e6;
    tables.forEach(table -> jdbc.execute("DROP TABLE bench_" + table));
    return ms;
  }

  private static void insertIdentity(JdbcTemplate jdbc, List<Object[]> units, List<Object[]> staff) {
    List<Object[]> groups = new ArrayList<>();
    for (Object[] unit : units) {
      for (String prefix : List.of("heads-", "deputies-", "duty-", "members-")) {
        groups.add(new Object[] {prefix + unit[0], prefix + unit[1]});
      }
    }
    jdbc.batchUpdate("INSERT INTO bench_act_id_group (id_, rev_, name_, type_) VALUES (?, 1, ?, 'WORKFLOW')", groups);
    List<Object[]> users = new ArrayList<>();
    List<Object[]> memberships = new ArrayList<>();
    List<Object[]> authorizations = new ArrayList<>();
    for (Object[] person : staff) {
      users.add(new Object[] {person[0], person[1], "", person[2], "{SHA-512}x", "salt"});
      authorizations.add(new Object[] {"auth-" + person[0], person[0], person[0]});
      memberships.add(new Object[] {person[0], "staff"});
      memberships.add(new Object[] {person[0], "members-" + person[3]});
      if (!"STAFF".equals(person[4])) {
        memberships.add(new Object[] {person[0], person[4].toString().toLowerCase() + "-" + person[3]});
      }
    }
    jdbc.batchUpdate("INSERT INTO bench_act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_) "
        + "VALUES (?, 1, ?, ?, ?, ?, ?)", users);
    jdbc.batchUpdate("INSERT INTO bench_act_id_membership (user_id_, group_id_) VALUES (?, ?)", memberships);
    jdbc.batchUpdate("INSERT INTO bench_act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, "
        + "resource_id_, perms_) VALUES (?, 1, 1, ?, 1, ?, 2147483647)", authorizations);
  }

  private static List<Object[]> rows(String csv) {
    return csv.lines().skip(1).map(line -> (Object[]) line.split(",", -1)).toList();
  }

  private static String blank(Object value) {
    return value.toString().isEmpty() ? null : value.toString();
  }
}
