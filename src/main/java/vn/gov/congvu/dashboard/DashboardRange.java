package vn.gov.congvu.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.gov.congvu.calendar.WorkCalendar;
import vn.gov.congvu.web.InputRejected;

/**
 * The days a dashboard covers, both included, in Vietnam time: cases started on those days count. Without them, the
 * last 30 days up to today.
 */
record DashboardRange(LocalDate from, LocalDate to) {

  static final int DEFAULT_DAYS = 30;

  static DashboardRange parse(String from, String to, LocalDate today) {
    LocalDate end = to == null || to.isBlank() ? today : date("to", to);
    LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1L) : date("from", from);
    if (start.isAfter(end)) {
      throw InputRejected.invalid("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi");
    }
    return new DashboardRange(start, end);
  }

  Instant start() {
    return from.atStartOfDay(WorkCalendar.ZONE).toInstant();
  }

  /** The first instant after the range. */
  Instant end() {
    return to.plusDays(1).atStartOfDay(WorkCalendar.ZONE).toInstant();
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InputRejected.invalid(field, "Ngày theo định dạng yyyy-MM-dd");
    }
  }
}
