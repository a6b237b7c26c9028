package vn.gov.congvu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.support.ApplicationTest;

/** "Hộp thư": each person reads what was written to them and to their groups, mailed or not, and nothing else. */
class InboxApiTest extends ApplicationTest {

  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void clear() {
    jdbc.update("DELETE FROM notification_outbox WHERE process_instance_id = 'inbox-test'");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPersonReadsTheirOwnAndTheirGroupsNotificationsOnly() {
    write("bnhead", "USER", "Gửi riêng lãnh đạo phường", "PENDING", 1);
    write("heads-ben-nghe", "GROUP", "Gửi lãnh đạo Phường Bến Nghé", "SENT", 2);
    write("heads-district-1", "GROUP", "Gửi lãnh đạo Quận 1", "SENT", 3);

    List<Map<String, Object>> bnhead = as("bnhead").getForObject("/api/notifications/mine", List.class);
    assertThat(bnhead).extracting(m -> m.get("subject")).containsSubsequence("Gửi lãnh đạo Phường Bến Nghé",
        "Gửi riêng lãnh đạo phường").doesNotContain("Gửi lãnh đạo Quận 1");
    assertThat(bnhead).anySatisfy(m -> assertThat(m).containsEntry("subject", "Gửi riêng lãnh đạo phường")
        .containsEntry("mailed", false));
    assertThat(as("bnstaff").getForObject("/api/notifications/mine", List.class)).extracting(m -> ((Map<?, ?>) m)
        .get("subject")).doesNotContain("Gửi riêng lãnh đạo phường", "Gửi lãnh đạo Phường Bến Nghé");
    assertThat(rest.getForEntity("/api/notifications/mine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private void write(String recipient, String type, String subject, String status, int minute) {
    Timestamp at = Timestamp.from(Instant.parse("2026-12-01T02:00:00Z").plusSeconds(60L * minute));
    jdbc.update("INSERT INTO notification_outbox (process_instance_id, activity_id, recipient, recipient_type, kind, "
        + "subject, body, status, next_attempt_at, created_at) VALUES ('inbox-test', 'a', ?, ?, 'TEST', ?, 'Nội dung', "
        + "?, ?, ?)", recipient, type, subject, status, at, at);
  }
}
