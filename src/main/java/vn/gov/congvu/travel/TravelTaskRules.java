package vn.gov.congvu.travel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * What each travel task must be completed with (contract), checked on the server whatever the form did. Returns the
 * refusal, naming the field, or nothing when the completion is acceptable.
 */
final class TravelTaskRules {

  /** A return reported more than this far in the future is a typing error, not a plan. */
  private static final Duration CLOCK_SKEW = Duration.ofHours(1);

  private TravelTaskRules() {
  }

  static Optional<String> check(String taskKey, Function<String, Object> variables, Instant now) {
    return switch (taskKey) {
      case TravelProcess.TASK_APPROVE -> approval(variables);
      case TravelProcess.TASK_REPORT_RETURN -> returnReport(variables, now);
      case TravelProcess.TASK_CONFIRM_DECLARATION ->
          text(variables, TravelProcess.VAR_DECLARATION_REF, "Thiếu mã tờ khai y tế");
      case TravelProcess.TASK_REPORT_SYMPTOMS -> flag(variables, TravelProcess.VAR_SYMPTOMS);
      case TravelProcess.TASK_ARRANGE_ISOLATION ->
          text(variables, TravelProcess.VAR_ARRANGEMENTS, "Thiếu biện pháp cách ly đã bố trí");
      default -> Optional.empty();
    };
  }

  private static Optional<String> approval(Function<String, Object> variables) {
    Optional<String> decided = flag(variables, TravelProcess.VAR_APPROVED);
    if (decided.isPresent() || Boolean.TRUE.equals(variables.apply(TravelProcess.VAR_APPROVED))) {
      return decided;
    }
    return text(variables, TravelProcess.VAR_DECISION_COMMENT, "Từ chối phải nêu lý do");
  }

  private static Optional<String> returnReport(Function<String, Object> variables, Instant now) {
    Object returnedAt = variables.apply(TravelProcess.VAR_RETURNED_AT);
    Optional<Instant> at = ReturnTime.parse(returnedAt);
    if (at.isEmpty()) {
      return Optional.of(TravelProcess.VAR_RETURNED_AT + ": Thiếu hoặc sai thời điểm trở về (ISO date-time)");
    }
    if (at.get().isAfter(now.plus(CLOCK_SKEW))) {
      return Optional.of(TravelProcess.VAR_RETURNED_AT + ": Thời điểm trở về ở tương lai");
    }
    return flag(variables, TravelProcess.VAR_VISITED_OUTBREAK_AREA)
        .or(() -> flag(variables, TravelProcess.VAR_SYMPTOMS));
  }

  private static Optional<String> flag(Function<String, Object> variables, String name) {
    return variables.apply(name) instanceof Boolean ? Optional.empty()
        : Optional.of(name + ": Phải là true hoặc false");
  }

  private static Optional<String> text(Function<String, Object> variables, String name, String missing) {
    Object value = variables.apply(name);
    return value instanceof String s && !s.isBlank() ? Optional.empty() : Optional.of(name + ": " + missing);
  }
}
