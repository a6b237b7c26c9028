package vn.gov.congvu.reporting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import vn.gov.congvu.web.InputRejected;

/**
 * Which periods a cycle may be opened for (issue 14): yyyy-MM, from the month the application was installed to the
 * current month. Earlier months have nothing recorded to report on; later ones have not happened.
 */
final class PeriodBounds {

  private static final DateTimeFormatter FOR_PEOPLE = DateTimeFormatter.ofPattern("MM/yyyy");

  private PeriodBounds() {
  }

  /** The period given, or the refusal naming {@code period}. */
  static ReportPeriod accepted(Object given, Instant installedAt, Instant now) {
    ReportPeriod period = ReportPeriod.parse(given == null ? null : given.toString()).orElseThrow(
        () -> InputRejected.invalid(MonthlyReportingProcess.VAR_PERIOD, "Định dạng yyyy-MM"));
    ReportPeriod first = ReportPeriod.containing(installedAt);
    ReportPeriod current = ReportPeriod.containing(now);
    if (period.month().isBefore(first.month()) || period.month().isAfter(current.month())) {
      throw InputRejected.invalid(MonthlyReportingProcess.VAR_PERIOD, "Chỉ mở được kỳ báo cáo từ tháng "
          + first.month().format(FOR_PEOPLE) + " (tháng bắt đầu sử dụng hệ thống) đến tháng "
          + current.month().format(FOR_PEOPLE) + " (tháng hiện tại)");
    }
    return period;
  }
}
