package vn.gov.congvu.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What each travel task must be completed with, alone. */
class TravelTaskRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:30:00Z");

  @Test
  void aRefusalNeedsAReasonAnApprovalDoesNot() {
    assertThat(check(TravelProcess.TASK_APPROVE, Map.of("approved", true))).isNull();
    assertThat(check(TravelProcess.TASK_APPROVE, Map.of("approved", false))).startsWith("decisionComment:");
    assertThat(check(TravelProcess.TASK_APPROVE, Map.of("approved", false, "decisionComment", "Đang trực"))).isNull();
    assertThat(check(TravelProcess.TASK_APPROVE, Map.of("approved", "yes"))).startsWith("approved:");
  }

  @Test
  void aReturnIsAReadableTimeNotInTheFuture() {
    Map<String, Object> flags = Map.of("visitedOutbreakArea", false, "symptoms", false);
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, with(flags, "returnedAt", "2026-12-06T18:30+07:00"))).isNull();
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, with(flags, "returnedAt", "hôm qua")))
        .startsWith("returnedAt:");
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, with(flags, "returnedAt", "2026-12-08T08:00")))
        .contains("tương lai");
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, Map.of("returnedAt", "2026-12-06T18:30+07:00")))
        .startsWith("visitedOutbreakArea:");
  }

  @Test
  void declarationAndIsolationNeedTheirText() {
    assertThat(check(TravelProcess.TASK_CONFIRM_DECLARATION, Map.of())).startsWith("declarationRef:");
    assertThat(check(TravelProcess.TASK_ARRANGE_ISOLATION, Map.of("arrangements", " "))).startsWith("arrangements:");
    assertThat(check(TravelProcess.TASK_ACKNOWLEDGE_MONITORING, Map.of())).isNull();
  }

  private static String check(String taskKey, Map<String, Object> variables) {
    return TravelTaskRules.check(taskKey, variables::get, NOW).orElse(null);
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    java.util.Map<String, Object> all = new java.util.HashMap<>(base);
    all.put(key, value);
    return all;
  }
}
