package vn.gov.congvu.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.gov.congvu.CongVuApplication;

/** A reporting period, {@code yyyy-MM}, in Vietnam time. */
public record ReportPeriod(YearMonth month) {

  static final ZoneId ZONE = ZoneId.of(CongVuApplication.ZONE);
  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

  public static Optional<ReportPeriod> parse(String text) {
    if (text == null || !FORMAT.matcher(text.trim()).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ReportPeriod(YearMonth.parse(text.trim())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static ReportPeriod containing(Instant instant) {
    return new ReportPeriod(YearMonth.from(instant.atZone(ZONE)));
  }

  public ReportPeriod previous() {
    return new ReportPeriod(month.minusMonths(1));
  }

  public ReportPeriod next() {
    return new ReportPeriod(month.plusMonths(1));
  }

  public Instant start() {
    return month.atDay(1).atStartOfDay(ZONE).toInstant();
  }

  public Instant end() {
    return month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
  }

  /** A period as people write it, "10/2026" (after the word "tháng"); the text itself when it is no period. */
  public static String people(String period) {
    return parse(period).map(p -> String.format("%02d/%d", p.month.getMonthValue(), p.month.getYear()))
        .orElse(period);
  }

  @Override
  public String toString() {
    return month.toString();
  }
}
