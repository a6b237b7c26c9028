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
  void aReturnIsAReadableTimeNotInTheFutureNorBeforeTheTrip() {
    Map<String, Object> flags = Map.of("visitedOutbreakArea", false, "symptoms", false, "departureDate",
        "2026-12-05");
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, with(flags, "returnedAt", "2026-12-06T18:30+07:00"))).isNull();
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, with(flags, "returnedAt", "hôm qua")))
        .startsWith("returnedAt:");
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, with(flags, "returnedAt", "2026-12-08T08:00")))
        .contains("tương lai");
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, with(flags, "returnedAt", "2026-12-05T00:00+07:00"))).isNull();
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, with(flags, "returnedAt", "2026-12-04T23:59+07:00")))
        .startsWith("returnedAt:").contains("trước ngày đi");
    assertThat(check(TravelProcess.TASK_REPORT_RETURN, Map.of("returnedAt", "2026-12-06T18:30+07:00")))
        .startsWith("visitedOutbreakArea:");
  }

  @Test
  void aDeclarationTimeIsOptionalButNeitherInTheFutureNorADayBeforeComingBack() {
    Map<String, Object> back = Map.of("declarationRef", "TKYT-1", "returnedAt", "2026-12-06T18:30+07:00");
    assertThat(check(TravelProcess.TASK_CONFIRM_DECLARATION, back)).isNull();
    assertThat(check(TravelProcess.TASK_CONFIRM_DECLARATION, with(back, "declaredAt", "2026-12-06T19:00+07:00")))
        .isNull();
    assertThat(check(TravelProcess.TASK_CONFIRM_DECLARATION, with(back, "declaredAt", "2026-12-05T18:30+07:00")))
        .as("en route, a day before").isNull();
    assertThat(check(TravelProcess.TASK_CONFIRM_DECLARATION, with(back, "declaredAt", "2026-12-05T18:29+07:00")))
        .startsWith("declaredAt:");
    assertThat(check(TravelProcess.TASK_CONFIRM_DECLARATION, with(back, "declaredAt", "2026-12-06T21:00+07:00")))
        .startsWith("declaredAt:").contains("tương lai");
    assertThat(check(TravelProcess.TASK_CONFIRM_DECLARATION, with(back, "declaredAt", "tối qua")))
        .startsWith("declaredAt:");
    assertThat(check(TravelProcess.TASK_CONFIRM_DECLARATION, with(back, "declaredAt", ""))).isNull();
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
