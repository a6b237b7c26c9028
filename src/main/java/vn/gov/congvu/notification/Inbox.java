package vn.gov.congvu.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A person's notifications as the outbox holds them, whether or not a mail server took them: those written to them
 * and to their groups, newest first. A local run without a mail server still shows every notification here.
 */
@Repository
class Inbox {

  /** One notification as its reader sees it. */
  record Message(String subject, String body, Instant createdAt, boolean mailed) {
  }

  static final int SHOWN = 100;

  private final NamedParameterJdbcTemplate jdbc;

  Inbox(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Message> of(String userId, Collection<String> groups) {
    String groupsClause = groups.isEmpty() ? "" : " OR (recipient_type = 'GROUP' AND recipient IN (:groups))";
    return jdbc.query("SELECT subject, body, created_at, status FROM notification_outbox WHERE (recipient_type = "
        + "'USER' AND recipient = :user)" + groupsClause + " ORDER BY created_at DESC, id DESC FETCH FIRST " + SHOWN
        + " ROWS ONLY", Map.of("user", userId, "groups", groups.isEmpty() ? List.of("") : groups),
        (rs, i) -> new Message(rs.getString("subject"), rs.getString("body"),
            rs.getTimestamp("created_at").toInstant(), "SENT".equals(rs.getString("status"))));
  }
}
