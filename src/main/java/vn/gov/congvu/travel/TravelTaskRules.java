package vn.gov.congvu.travel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * What each travel task must be completed with (contract), checked on the server whatever the form did. Returns the
 * refusal, naming the field, or nothing when the completion is acceptable.
 */
final class TravelTaskRules {

  /** A time reported more than this far in the future is a typing error, not a plan. */
  private static final Duration CLOCK_SKEW = Duration.ofHours(1);
  /** A declaration made longer than this before coming back is not the declaration on return (T3). */
  private static final Duration DECLARED_BEFORE_RETURN = Duration.ofHours(24);

  private TravelTaskRules() {
  }

  static Optional<String> check(String taskKey, Function<String, Object> variables, Instant now) {
    return switch (taskKey) {
      case TravelProcess.TASK_APPROVE -> approval(variables);
      case TravelProcess.TASK_REPORT_RETURN -> returnReport(variables, now);
      case TravelProcess.TASK_CONFIRM_DECLARATION -> declaration(variables, now);
      case TravelProcess.TASK_REPORT_SYMPTOMS -> flag(variables, TravelProcess.VAR_SYMPTOMS);
      case TravelProcess.TASK_ARRANGE_ISOLATION -> text(variables, TravelProcess.VAR_ARRANGEMENTS,
          "Thiếu nội dung bố trí công việc trong thời gian cán bộ tự cách ly");
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

  /** T2: back at a readable time, not before the trip began (back early is fine) and not in the future. */
  private static Optional<String> returnReport(Function<String, Object> variables, Instant now) {
    Optional<Instant> at = ReportedTime.parse(variables.apply(TravelProcess.VAR_RETURNED_AT));
    if (at.isEmpty()) {
      return Optional.of(TravelProcess.VAR_RETURNED_AT + ": Thiếu hoặc sai thời điểm trở về (ISO date-time)");
    }
    if (at.get().isAfter(now.plus(CLOCK_SKEW))) {
      return Optional.of(TravelProcess.VAR_RETURNED_AT + ": Thời điểm trở về ở tương lai");
    }
    Optional<Instant> departureDay = departureDayStart(variables.apply(TravelProcess.VAR_DEPARTURE_DATE));
    if (departureDay.isPresent() && at.get().isBefore(departureDay.get())) {
      return Optional.of(TravelProcess.VAR_RETURNED_AT + ": Thời điểm trở về trước ngày đi");
    }
    return flag(variables, TravelProcess.VAR_VISITED_OUTBREAK_AREA)
        .or(() -> flag(variables, TravelProcess.VAR_SYMPTOMS));
  }

  /** T3: a reference, and when given, a declaration time that is neither in the future nor long before the return. */
  private static Optional<String> declaration(Function<String, Object> variables, Instant now) {
    Optional<String> missing = text(variables, TravelProcess.VAR_DECLARATION_REF, "Thiếu mã tờ khai y tế");
    Object given = variables.apply(TravelProcess.VAR_DECLARED_AT);
    if (missing.isPresent() || given == null || given.toString().isBlank()) {
      return missing;
    }
    Optional<Instant> at = ReportedTime.parse(given);
    if (at.isEmpty()) {
      return Optional.of(TravelProcess.VAR_DECLARED_AT + ": Sai thời điểm khai báo (ISO date-time)");
    }
    if (at.get().isAfter(now.plus(CLOCK_SKEW))) {
      return Optional.of(TravelProcess.VAR_DECLARED_AT + ": Thời điểm khai báo ở tương lai");
    }
    Optional<Instant> returnedAt = ReportedTime.parse(variables.apply(TravelProcess.VAR_RETURNED_AT));
    if (returnedAt.isPresent() && at.get().isBefore(returnedAt.get().minus(DECLARED_BEFORE_RETURN))) {
      return Optional.of(TravelProcess.VAR_DECLARED_AT + ": Thời điểm khai báo quá sớm, hơn 24 giờ trước khi về");
    }
    return Optional.empty();
  }

  private static Optional<Instant> departureDayStart(Object departureDate) {
    try {
      return departureDate == null ? Optional.empty() : Optional.of(LocalDate.parse(departureDate.toString())
          .atStartOfDay(TravelRequestService.ZONE).toInstant());
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
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
