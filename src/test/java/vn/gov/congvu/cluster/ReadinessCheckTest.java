package vn.gov.congvu.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.congvu.support.ApplicationTest;

/** The container's health check asks a running node's readiness probe, as Docker does every 10 s. */
class ReadinessCheckTest extends ApplicationTest {

  @LocalServerPort
  int port;

  @Test
  void aReadyNodeIsHealthyAndOneThatDoesNotAnswerIsNot() {
    assertThat(ReadinessCheck.ready("http://127.0.0.1:" + port + "/actuator/health/readiness")).isTrue();
    assertThat(ReadinessCheck.ready("http://127.0.0.1:" + port + "/actuator/health/nothing-here")).isFalse();
    assertThat(ReadinessCheck.ready("http://127.0.0.1:1/actuator/health/readiness")).isFalse();
  }
}
