package vn.gov.congvu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import vn.gov.congvu.support.ApplicationTest;

/** The outbox with a real SMTP server (GreenMail on the test profile's port 3025). */
class OutboxTest extends ApplicationTest {

  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  @Autowired
  Notifications notifications;
  @Autowired
  OutboxSender sender;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transactions;

  private GreenMail mailServer;
  private final String instance = UUID.randomUUID().toString();

  @BeforeEach
  void startMailServer() {
    mailServer = new GreenMail(SMTP);
    mailServer.start();
    sender.sendDue(); // whatever other tests left due goes out before we count
    mailServer.reset();
  }

  @AfterEach
  void stopMailServer() {
    mailServer.stop();
  }

  @Test
  void deliveredInVietnameseToEveryMemberOfTheGroup() throws Exception {
    notifications.raise(instance, "approve-travel",
        Notification.toGroup("members-home-affairs", "TEST_KIND", "Báo cáo khẩn: Đà Lạt", "Nội dung có dấu ờ ữ ậ"));

    assertThat(sender.sendDue()).isEqualTo(1);

    MimeMessage[] received = mailServer.getReceivedMessages();
    assertThat(received).hasSize(2); // hahead and haofficer
    assertThat(received[0].getSubject()).isEqualTo("Báo cáo khẩn: Đà Lạt");
    assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
    assertThat(received[0].getContent().toString()).contains("Nội dung có dấu ờ ữ ậ");
    assertThat(status()).isEqualTo("SENT");
  }

  @Test
  void aPlainAddressOutsideTheDirectoryIsMailedAsIs() throws Exception {
    notifications.raise(instance, "report-isolation", Notification.toAddress("tramyte.bennghe@congvu.example.vn",
        "TEST_KIND", "Cán bộ có triệu chứng", "Đề nghị hướng dẫn xử trí"));

    assertThat(sender.sendDue()).isEqualTo(1);

    MimeMessage[] received = mailServer.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("tramyte.bennghe@congvu.example.vn");
    assertThat(jdbc.queryForObject("SELECT recipient_type FROM notification_outbox WHERE process_instance_id = ?",
        String.class, instance)).isEqualTo("ADDRESS");
    assertThat(status()).isEqualTo("SENT");
  }

  @Test
  void raisedTwiceOrSentTwiceStillMailsOnce() {
    Notification notice = Notification.toUser("d1head", "TEST_KIND", "Nhắc việc", "Một lần thôi");
    assertThat(notifications.raise(instance, "timer", notice)).isTrue();
    assertThat(notifications.raise(instance, "timer", notice)).isFalse();

    sender.sendDue();
    sender.sendDue();

    assertThat(mailServer.getReceivedMessages()).hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE process_instance_id = ?",
        Integer.class, instance)).isEqualTo(1);
  }

  @Test
  void aLaterOccurrenceIsMailedAgainOnPurpose() {
    Notification reminder = Notification.toUser("chairman", "TEST_KIND", "Quá hạn", "Nhắc lại");
    notifications.raise(instance, "record-sla-breach", reminder.occurrence(1));
    notifications.raise(instance, "record-sla-breach", reminder.occurrence(2));
    sender.sendDue();
    assertThat(mailServer.getReceivedMessages()).hasSize(2);
  }

  @Test
  void keptWhileTheMailServerIsDownAndSentWhenItIsBack() {
    mailServer.stop();
    notifications.raise(instance, "approve-travel", Notification.toUser("bnhead", "TEST_KIND", "Chờ", "Chờ máy chủ"));

    assertThat(sender.sendDue()).isZero();
    assertThat(status()).isEqualTo("PENDING");
    assertThat(jdbc.queryForObject("SELECT attempts FROM notification_outbox WHERE process_instance_id = ?",
        Integer.class, instance)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT last_error FROM notification_outbox WHERE process_instance_id = ?",
        String.class, instance)).isNotBlank();

    mailServer = new GreenMail(SMTP);
    mailServer.start();
    jdbc.update("UPDATE notification_outbox SET next_attempt_at = CURRENT_TIMESTAMP - 1 WHERE process_instance_id = ?",
        instance); // the backoff has passed
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(mailServer.getReceivedMessages()).hasSize(1);
    assertThat(status()).isEqualTo("SENT");
  }

  @Test
  void whileTheServerIsDownARoundStopsAtTheFirstRefusalAndTheRestWaitUntried() {
    mailServer.stop();
    for (int i = 1; i <= 3; i++) {
      notifications.raise(instance, "approve-travel-" + i,
          Notification.toUser("bnhead", "TEST_KIND", "Chờ " + i, "Chờ máy chủ"));
    }

    assertThat(sender.sendDue()).isZero();
    assertThat(sender.sendDue()).isZero(); // the first row waits out its backoff; the next one is tried, alone
    assertThat(jdbc.queryForList("SELECT attempts FROM notification_outbox WHERE process_instance_id = ? ORDER BY id",
        Integer.class, instance)).containsExactly(1, 1, 0);

    mailServer = new GreenMail(SMTP);
    mailServer.start();
    jdbc.update("UPDATE notification_outbox SET next_attempt_at = CURRENT_TIMESTAMP - 1 WHERE process_instance_id = ?",
        instance);
    assertThat(sender.sendDue()).isEqualTo(3);
  }

  @Test
  void aRolledBackStepSendsNothing() {
    assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
      notifications.raise(instance, "approve-travel", Notification.toUser("bnhead", "TEST_KIND", "Không", "Không"));
      throw new IllegalStateException("the engine step failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE process_instance_id = ?",
        Integer.class, instance)).isZero();
  }

  private String status() {
    return jdbc.queryForObject("SELECT status FROM notification_outbox WHERE process_instance_id = ?", String.class,
        instance);
  }
}
