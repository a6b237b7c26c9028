package vn.gov.congvu.benchmark;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The floor of a first import measured where the import writes: every row it writes (units, staff, Camunda's groups,
 * users, memberships and their grants, first-login links and their mails), inserted with plain JDBC batches in one
 * committed transaction into the real tables, with their keys, indexes and constraints, which {@link JdbcBaseline}'s
 * bare copies lack. The city is a second one beside the imported one (every id prefixed), so nothing collides.
 */
final class JdbcSameRows {

  private static final String PREFIX = "jb-";
  private static final String MAIL = "x".repeat(700); // about the length of a first-login mail

  private JdbcSameRows() {
  }

  static double ms(JdbcTemplate jdbc, String[] city) {
    List<String[]> units = rows(city[0]);
    List<String[]> staff = rows(city[1]);
    List<Object[]> unitRows = new ArrayList<>();
    List<Object[]> groups = new ArrayList<>();
    List<Object[]> grants = new ArrayList<>();
    for (String[] unit : units) {
      unitRows.add(new Object[] {PREFIX + unit[0], unit[1], unit[2], unit[3].isEmpty() ? null : PREFIX + unit[3],
          PREFIX + unit[4]});
      for (String kind : List.of("heads-", "deputies-", "duty-", "members-")) {
        groups.add(new Object[] {kind + PREFIX + unit[0], kind + unit[1]});
        grants.add(new Object[] {UUID.randomUUID().toString(), kind + PREFIX + unit[0], null, 2,
            kind + PREFIX + unit[0], 2});
      }
    }
    List<Object[]> staffRows = new ArrayList<>();
    List<Object[]> users = new ArrayList<>();
    List<Object[]> memberships = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    List<Object[]> mails = new ArrayList<>();
    Timestamp now = new Timestamp(System.currentTimeMillis());
    for (String[] person : staff) {
      String user = PREFIX + person[0];
      String unit = PREFIX + person[3];
      staffRows.add(new Object[] {user, person[1], person[2], unit, person[4]});
      users.add(new Object[] {user, person[1], "", person[2], "{SHA-512}x", "salt"});
      grants.add(new Object[] {UUID.randomUUID().toString(), null, user, 1, user, Integer.MAX_VALUE});
      memberships.add(new Object[] {user, "staff"});
      memberships.add(new Object[] {user, "members-" + unit});
      switch (person[4]) {
        case "HEAD" -> memberships.addAll(List.of(new Object[] {user, "heads-" + unit},
            new Object[] {user, "unit-heads"}));
        case "DEPUTY" -> memberships.add(new Object[] {user, "deputies-" + unit});
        case "DUTY" -> memberships.addAll(List.of(new Object[] {user, "duty-" + unit},
            new Object[] {user, "duty-officers"}));
        default -> { }
      }
      String id = UUID.randomUUID().toString();
      links.add(new Object[] {UUID.randomUUID().toString().replace("-", "") + "0123456789abcdef0123456789ab", id,
          user, now, "admin", now});
      mails.add(new Object[] {user, id, MAIL, now, now});
    }
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    long t0 = System.nanoTime();
    tx.executeWithoutResult(status -> {
      jdbc.batchUpdate("INSERT INTO org_unit (id, name, kind, parent_id, seat, active) VALUES (?, ?, ?, ?, ?, TRUE)",
          unitRows);
      jdbc.batchUpdate("INSERT INTO staff (user_id, full_name, email, unit_id, role, active) "
          + "VALUES (?, ?, ?, ?, ?, TRUE)", staffRows);
      jdbc.batchUpdate("INSERT INTO act_id_group (id_, rev_, name_, type_) VALUES (?, 1, ?, 'WORKFLOW')", groups);
      jdbc.batchUpdate("INSERT INTO act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_) "
          + "VALUES (?, 1, ?, ?, ?, ?, ?)", users);
      jdbc.batchUpdate("INSERT INTO act_id_membership (user_id_, group_id_) VALUES (?, ?)", memberships);
      jdbc.batchUpdate("INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, "
          + "resource_id_, perms_) VALUES (?, 1, 1, ?, ?, ?, ?, ?)", grants);
      jdbc.batchUpdate("INSERT INTO password_link (token_hash, id, user_id, created_at, created_by, expires_at) "
          + "VALUES (?, ?, ?, ?, ?, ?)", links);
      jdbc.batchUpdate("INSERT INTO notification_outbox (process_instance_id, activity_id, recipient, recipient_type, "
          + "kind, occurrence, subject, body, status, attempts, next_attempt_at, created_at) VALUES ('directory', "
          + "'password-link', ?, 'USER', 'PASSWORD_LINK', ?, 'Đặt mật khẩu', ?, 'PENDING', 0, ?, ?)", mails);
    });
    return (System.nanoTime() - t0) / 1e6;
  }

  private static List<String[]> rows(String csv) {
    return csv.lines().skip(1).map(line -> line.split(",", -1)).toList();
  }
}
