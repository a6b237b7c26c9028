package vn.gov.congvu.dashboard;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import vn.gov.congvu.calendar.WorkCalendar;
import vn.gov.congvu.web.InputRejected;

/**
 * The twelve months of the trends, the last one given (this month by default), in Vietnam time. A query sorts rows
 * into them by one {@code CASE} over the months' first instants, computed here as the dashboard's days are, so that
 * it reads the same on H2 and PostgreSQL whatever the database's time zone.
 */
record TrendMonths(YearMonth last) {

  static final int COUNT = 12;

  static TrendMonths parse(String last, YearMonth current) {
    if (last == null || last.isBlank()) {
      return new TrendMonths(current);
    }
    try {
      return new TrendMonths(YearMonth.parse(last));
    } catch (DateTimeParseException e) {
      throw InputRejected.invalid("to", "Tháng theo định dạng yyyy-MM");
    }
  }

  YearMonth first() {
    return last.minusMonths(COUNT - 1L);
  }

  List<YearMonth> all() {
    return IntStream.range(0, COUNT).mapToObj(first()::plusMonths).toList();
  }

  /** The month's number among the twelve (0 the first) of a time column, and the range of the twelve. */
  String indexOf(String column) {
    StringBuilder sql = new StringBuilder("CASE");
    for (int month = 1; month < COUNT; month++) {
      sql.append(" WHEN ").append(column).append(" < :m").append(month).append(" THEN ").append(month - 1);
    }
    return sql.append(" ELSE ").append(COUNT - 1).append(" END").toString();
  }

  String within(String column) {
    return column + " >= :m0 AND " + column + " < :m" + COUNT;
  }

  /** The parameters of {@link #indexOf} and {@link #within}: the first instant of each month and of the next. */
  Map<String, Object> bounds() {
    Map<String, Object> bounds = new LinkedHashMap<>();
    for (int month = 0; month <= COUNT; month++) {
      bounds.put("m" + month, Timestamp.from(first().plusMonths(month).atDay(1).atStartOfDay(WorkCalendar.ZONE)
          .toInstant()));
    }
    return bounds;
  }

  /** As people read it: 01/2026. */
  static String label(YearMonth month) {
    return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
  }
}
