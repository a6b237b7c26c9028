package vn.gov.congvu.travel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Reads a reported time ({@code returnedAt}, {@code declaredAt}) as clients send it: an ISO date-time with an offset
 * ("2026-12-07T18:30+07:00"), without one (read in Vietnam time, as Tasklist's date-time field may send it), or a Date
 * variable.
 */
final class ReportedTime {

  private static final DateTimeFormatter FOR_PEOPLE =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(TravelRequestService.ZONE);

  private ReportedTime() {
  }

  static Optional<Instant> parse(Object value) {
    if (value instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (value == null || value.toString().isBlank()) {
      return Optional.empty();
    }
    String text = value.toString().trim();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).atZone(TravelRequestService.ZONE).toInstant());
      } catch (DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }

  /** As people read it: "18:30 ngày 06/12/2026". */
  static String forPeople(Instant at) {
    return FOR_PEOPLE.format(at);
  }

  /** As the process keeps a time it fills in itself: ISO with the Vietnam offset. */
  static String iso(Instant at) {
    return OffsetDateTime.ofInstant(at, TravelRequestService.ZONE).toString();
  }
}
