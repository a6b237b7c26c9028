package vn.gov.congvu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The sender's back-off, alone. */
class NotificationSettingsTest {

  @Test
  void backoffGrowsAndIsCapped() {
    NotificationSettings settings = new NotificationSettings("x@y", 50, 10, Duration.ofSeconds(30),
        Duration.ofHours(1), Duration.ofMinutes(2));
    assertThat(settings.backoffAfter(1)).hasSeconds(30);
    assertThat(settings.backoffAfter(2)).hasSeconds(60);
    assertThat(settings.backoffAfter(3)).hasSeconds(120);
    assertThat(settings.backoffAfter(20)).hasHours(1);
    assertThat(settings.backoffAfter(500)).hasHours(1);
  }
}
