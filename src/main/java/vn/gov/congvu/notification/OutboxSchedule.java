package vn.gov.congvu.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the sender every few seconds; off in tests, which call it themselves. */
@Component
@ConditionalOnProperty(name = "app.notification.sender-enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

  private final OutboxSender sender;

  OutboxSchedule(OutboxSender sender) {
    this.sender = sender;
  }

  @Scheduled(fixedDelayString = "${app.notification.poll-interval:PT10S}")
  void send() {
    sender.sendDue();
  }
}
