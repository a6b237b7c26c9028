package vn.gov.congvu.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

import vn.gov.congvu.tasklist.TaskPriority;

/**
 * An approval is urgent when the trip leaves today (the request expires at departure, T2) and high when it leaves
 * tomorrow, in Vietnam; every other travel task keeps the default.
 */
final class TravelUrgency {

  private TravelUrgency() {
  }

  static Optional<TaskPriority> of(String taskKey, Function<String, Object> variables, Instant now) {
    if (!TravelProcess.TASK_APPROVE.equals(taskKey)
        || !(variables.apply(TravelProcess.VAR_DEPARTURE_DATE) instanceof String departure)) {
      return Optional.empty();
    }
    try {
      long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, TravelRequestService.ZONE),
          LocalDate.parse(departure));
      return days <= 0 ? Optional.of(TaskPriority.URGENT)
          : days == 1 ? Optional.of(TaskPriority.HIGH) : Optional.empty();
    } catch (DateTimeParseException notADay) {
      return Optional.empty(); // the start refuses such a date; a card is no place to fail
    }
  }
}
