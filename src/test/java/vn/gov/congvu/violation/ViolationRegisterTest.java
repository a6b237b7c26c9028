package vn.gov.congvu.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import vn.gov.congvu.support.ApplicationTest;

/** The register: recorded once per cause, filtered by Vietnam-time month, read by the contract's rules. */
class ViolationRegisterTest extends ApplicationTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  ViolationRegister register;

  private static final String INSTANCE = UUID.randomUUID().toString(); // one cause per test class: BeforeEach is idempotent

  @BeforeEach
  void violationsInThreeUnits() {
    at(2034, 3, 31, 23, 30); // still March in Hanoi and Saigon, already April in no zone that matters here
    register.record("bnstaff", ViolationType.LATE_HEALTH_DECLARATION, "Khai báo muộn", INSTANCE, "timer-a");
    at(2034, 4, 1, 0, 30);
    register.record("d1staff", ViolationType.STAFF_VIOLATION, "Vắng trực", ViolationHandling.KHIEN_TRACH, INSTANCE,
        "resolve-b");
    register.record("tdhead", ViolationType.STAFF_VIOLATION, "Không báo cáo", INSTANCE, "resolve-c");
    ClockUtil.reset();
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void theSameCauseIsRecordedOnce() {
    assertThat(register.record("bnstaff", ViolationType.LATE_HEALTH_DECLARATION, "lại", INSTANCE, "timer-a"))
        .isFalse();
    assertThat(register.find(new ViolationQuery(null, "bnstaff", "2034-03"))).hasSize(1);
  }

  @Test
  void periodIsTheMonthInVietnamTime() {
    assertThat(register.find(new ViolationQuery(List.of("ben-nghe"), null, "2034-03"))).hasSize(1);
    assertThat(register.find(new ViolationQuery(List.of("ben-nghe"), null, "2034-04"))).isEmpty();
    assertThat(register.countsByUnit("2034-04")).containsEntry("district-1",
        Map.of(ViolationType.STAFF_VIOLATION, 1));
    assertThat(register.countsByUnit("2034-03")).containsEntry("ben-nghe",
        Map.of(ViolationType.LATE_HEALTH_DECLARATION, 1)).doesNotContainKey("district-1");
  }

  @Test
  @SuppressWarnings("unchecked")
  void headsSeeTheirUnitAndTheUnitsBelow() {
    List<Map<String, Object>> seen = as("d1head").getForObject("/api/violations?period=2034-03", List.class);
    assertThat(seen).extracting(v -> v.get("userId")).containsExactly("bnstaff");
    seen = as("d1head").getForObject("/api/violations?period=2034-04", List.class);
    assertThat(seen).extracting(v -> v.get("userId")).containsExactly("d1staff");
    assertThat(seen.get(0)).containsKeys("userId", "unitId", "type", "recordedAt", "details")
        .containsEntry("handling", "KHIEN_TRACH");
    assertThat((List<Object>) as("bnhead").getForObject("/api/violations?period=2034-04", List.class)).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void homeAffairsAndTheOwnerSeeAll() {
    assertThat((List<Object>) as("haofficer").getForObject("/api/violations?period=2034-04", List.class)).hasSize(2);
    assertThat((List<Object>) as("owner").getForObject("/api/violations?userId=tdhead&period=2034-04", List.class))
        .hasSize(1);
  }

  @Test
  void othersAndBadParametersAreRefused() {
    assertThat(as("d1staff").getForEntity("/api/violations", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("bnhead").getForEntity("/api/violations?unitId=thu-duc", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var bad = as("hahead").getForEntity("/api/violations?period=2034-13", String.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("period");
    assertThat(as("hahead").getForEntity("/api/violations?unitId=nowhere", String.class).getBody())
        .contains("unitId");
  }

  private static void at(int y, int m, int d, int h, int min) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(y, m, d, h, min).atZone(VN).toInstant()));
  }
}
