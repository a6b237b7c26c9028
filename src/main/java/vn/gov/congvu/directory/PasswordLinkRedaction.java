package vn.gov.congvu.directory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.congvu.notification.Notifications;

/**
 * Once a first-login mail is sent, its text (which holds the link) is blanked in the outbox: the person's mailbox
 * keeps the link, a database backup need not. Runs with the sender; tests call it themselves.
 */
@Component
@ConditionalOnProperty(name = "app.notification.sender-enabled", havingValue = "true", matchIfMissing = true)
class PasswordLinkRedaction {

  static final String REDACTED = "[Thư đặt mật khẩu đã gửi; liên kết không lưu lại.]";

  private final Notifications notifications;

  PasswordLinkRedaction(Notifications notifications) {
    this.notifications = notifications;
  }

  @Scheduled(fixedDelayString = "${app.notification.poll-interval:PT10S}", initialDelayString = "PT5S")
  int redact() {
    return notifications.redactSent(PasswordLinks.SOURCE, PasswordLinks.ACTIVITY, REDACTED);
  }
}
