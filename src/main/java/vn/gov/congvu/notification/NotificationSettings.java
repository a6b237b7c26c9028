package vn.gov.congvu.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender: from address, how many rows a round takes, retries with exponential backoff, the claim lease. */
@ConfigurationProperties("app.notification")
public record NotificationSettings(@DefaultValue("congvu@localhost") String from,
    @DefaultValue("50") int batchSize, @DefaultValue("10") int maxAttempts,
    @DefaultValue("PT30S") Duration firstBackoff, @DefaultValue("PT1H") Duration maxBackoff,
    @DefaultValue("PT2M") Duration claimLease) {

  /** 30 s, 1 min, 2 min, ... capped at an hour. */
  Duration backoffAfter(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
    Duration backoff = firstBackoff.multipliedBy(factor);
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}
