package vn.gov.congvu.travel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Reads {@code returnedAt} as clients send it: an ISO date-time with an offset ("2026-12-07T18:30+07:00"), without
 * one (read in Vietnam time, as Tasklist's date-time field may send it), or a Date variable.
 */
final class ReturnTime {

  private ReturnTime() {
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
}
