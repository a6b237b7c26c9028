package vn.gov.congvu.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The outbox table (migration V2). */
@Repository
class OutboxRepository {

  private final JdbcTemplate jdbc;

  OutboxRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes the row unless its key is there already; no exception on a duplicate, since a failed statement would
   * abort the surrounding engine transaction on PostgreSQL. The unique key is the backstop for two nodes at once.
   */
  boolean insert(String processInstanceId, String activityId, Notification n, Instant now) {
    Timestamp at = Timestamp.from(now);
    return jdbc.update("INSERT INTO notification_outbox (process_instance_id, activity_id, recipient, recipient_type, "
        + "kind, occurrence, subject, body, status, attempts, next_attempt_at, created_at) "
        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? FROM (VALUES (0)) AS x(n) WHERE NOT EXISTS (SELECT 1 "
        + "FROM notification_outbox WHERE process_instance_id = ? AND activity_id = ? AND recipient = ? AND kind = ? "
        + "AND occurrence = ?)", processInstanceId, activityId, n.recipient(), n.recipientType().name(), n.kind(),
        n.occurrence(), n.subject(), n.body(), at, at, processInstanceId, activityId, n.recipient(), n.kind(),
        n.occurrence()) == 1;
  }

  /** {@link #insert} for many rows of one instance and activity, in JDBC batches; returns how many were new. */
  int insertAll(String processInstanceId, String activityId, List<Notification> notifications, Instant now) {
    Timestamp at = Timestamp.from(now);
    int[][] counts = jdbc.batchUpdate("INSERT INTO notification_outbox (process_instance_id, activity_id, recipient, "
        + "recipient_type, kind, occurrence, subject, body, status, attempts, next_attempt_at, created_at) "
        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? FROM (VALUES (0)) AS x(n) WHERE NOT EXISTS (SELECT 1 "
        + "FROM notification_outbox WHERE process_instance_id = ? AND activity_id = ? AND recipient = ? AND kind = ? "
        + "AND occurrence = ?)", notifications, 1000, (ps, n) -> {
          Object[] values = {processInstanceId, activityId, n.recipient(), n.recipientType().name(), n.kind(),
              n.occurrence(), n.subject(), n.body(), at, at, processInstanceId, activityId, n.recipient(), n.kind(),
              n.occurrence()};
          for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
          }
        });
    int inserted = 0;
    for (int[] batch : counts) {
      for (int count : batch) {
        inserted += count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
      }
    }
    return inserted;
  }

  /** Replaces the body of the sent rows of one instance and activity (the key's leading columns, so indexed). */
  int redactSent(String processInstanceId, String activityId, String replacement) {
    return jdbc.update("UPDATE notification_outbox SET body = ? WHERE process_instance_id = ? AND activity_id = ? "
        + "AND status = 'SENT' AND body <> ?", replacement, processInstanceId, activityId, replacement);
  }

  List<Long> due(Instant now, int limit) {
    return jdbc.queryForList("SELECT id FROM notification_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id", Long.class, Timestamp.from(now),
        Timestamp.from(now)).stream().limit(limit).toList();
  }

  /** Takes the row for this node until the lease ends; false when another node holds it. */
  boolean claim(long id, String node, Instant now, Instant until) {
    return jdbc.update("UPDATE notification_outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status = "
        + "'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)", node, Timestamp.from(until), id,
        Timestamp.from(now)) == 1;
  }

  OutboxMessage load(long id) {
    return jdbc.queryForObject("SELECT * FROM notification_outbox WHERE id = ?", (rs, i) -> new OutboxMessage(
        rs.getLong("id"), rs.getString("recipient"), Notification.RecipientType.valueOf(rs.getString("recipient_type")),
        rs.getString("kind"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")), id);
  }

  void sent(long id, String node, Instant now) {
    jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, claimed_until = NULL, last_error = NULL "
        + "WHERE id = ? AND claimed_by = ?", Timestamp.from(now), id, node);
  }

  void failed(long id, String node, int attempts, boolean giveUp, Instant nextAttempt, String error) {
    jdbc.update("UPDATE notification_outbox SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?, "
        + "claimed_until = NULL WHERE id = ? AND claimed_by = ?", attempts, giveUp ? "FAILED" : "PENDING",
        Timestamp.from(nextAttempt), error.length() > 2000 ? error.substring(0, 2000) : error, id, node);
  }
}
