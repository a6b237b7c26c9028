package vn.gov.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.congvu.support.PackagedApplication;

/**
 * What the default H2 file database acknowledged survives {@code kill -9}: a burst of travel requests, each answered
 * 201, the packaged jar killed right after the last answer, and every one of them found after a restart on the same
 * data directory. With H2's default write delay the last half second of commits was only in memory.
 */
class SigkillDurabilityIT {

  private static final int BURST = 12;
  private static final Duration STARTUP = Duration.ofMinutes(4);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dataDir;

  @Test
  void everyAcknowledgedRequestSurvivesAKillDashNine() throws Exception {
    Map<String, String> environment = Map.of("DATA_DIR", dataDir.toString(), "NOTIFICATION_POLL", "PT1H");
    List<String> acknowledged = new ArrayList<>();
    PackagedApplication first = PackagedApplication.start("durability-before-kill", environment);
    try {
      first.awaitReady(STARTUP);
      for (int i = 0; i < BURST; i++) {
        HttpResponse<String> created = first.send("POST", "/api/travel-requests", "d1staff:demo", request(i));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        acknowledged.add(JSON.readTree(created.body()).get("processInstanceId").asText());
      }
    } finally {
      first.kill();
    }

    PackagedApplication second = PackagedApplication.start("durability-after-kill", environment);
    try {
      second.awaitReady(STARTUP);
      List<String> lost = new ArrayList<>();
      for (String id : acknowledged) {
        if (second.send("GET", "/engine-rest/history/process-instance/" + id, "admin:admin", null)
            .statusCode() != 200) {
          lost.add(id);
        }
      }
      assertThat(lost).as("%d of %d acknowledged requests lost by kill -9", lost.size(), acknowledged.size())
          .isEmpty();
    } finally {
      second.stop();
    }
  }

  private static String request(int i) throws Exception {
    LocalDate departure = LocalDate.now().plusDays(7);
    return JSON.writeValueAsString(Map.of("requesterId", "d1staff", "destination", "Đà Lạt",
        "departureDate", departure.toString(), "returnDate", departure.plusDays(2).toString(),
        "reason", "Thăm gia đình " + i));
  }
}
