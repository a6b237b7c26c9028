package vn.gov.congvu.travel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import vn.gov.congvu.tasklist.TaskTitle;

/**
 * Travel task cards that carry the case: who, where to, which days
 * ("Phê duyệt: Phạm Thị Lan – Đà Lạt, 05/12–06/12/2026").
 */
final class TravelTitles {

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private TravelTitles() {
  }

  static Optional<TaskTitle> of(String taskKey, Function<String, Object> variables) {
    String who = text(variables, TravelProcess.VAR_REQUESTER_NAME);
    String trip = text(variables, TravelProcess.VAR_DESTINATION) + ", " + days(variables);
    String unit = text(variables, TravelProcess.VAR_UNIT_NAME);
    return Optional.ofNullable(switch (taskKey) {
      case TravelProcess.TASK_APPROVE -> new TaskTitle("Phê duyệt: " + who + " – " + trip,
          "Đề nghị ra khỏi thành phố của " + who + " (" + unit + ")");
      case TravelProcess.TASK_REPORT_RETURN -> new TaskTitle("Báo cáo đã trở về: " + trip, null);
      case TravelProcess.TASK_CONFIRM_DECLARATION -> new TaskTitle("Xác nhận khai báo y tế trong 24 giờ: " + trip, null);
      case TravelProcess.TASK_REPORT_SYMPTOMS -> new TaskTitle("Báo cáo triệu chứng: " + trip, null);
      case TravelProcess.TASK_ACKNOWLEDGE_MONITORING -> new TaskTitle("Nắm tình hình cán bộ được theo dõi y tế: " + who, null);
      case TravelProcess.TASK_ARRANGE_ISOLATION -> new TaskTitle("Bố trí công việc khi cán bộ tự cách ly: " + who, null);
      default -> null;
    });
  }

  /** "05/12–06/12/2026", "05/12/2026" for a day trip, the years in full across a new year. */
  static String days(Function<String, Object> variables) {
    Optional<LocalDate> from = day(variables.apply(TravelProcess.VAR_DEPARTURE_DATE));
    Optional<LocalDate> to = day(variables.apply(TravelProcess.VAR_RETURN_DATE));
    if (from.isEmpty() || to.isEmpty()) {
      return "";
    }
    if (from.get().equals(to.get())) {
      return DAY.format(from.get());
    }
    return (from.get().getYear() == to.get().getYear() ? DAY_MONTH : DAY).format(from.get()) + "–"
        + DAY.format(to.get());
  }

  private static Optional<LocalDate> day(Object value) {
    try {
      return value instanceof String text ? Optional.of(LocalDate.parse(text)) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String text(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    return value == null ? "" : value.toString();
  }
}
