package vn.gov.congvu.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.gov.congvu.CongVuApplication;

/**
 * The Vietnamese work calendar of state agencies: office hours Monday to Friday, public holidays and official swap
 * days (a Saturday worked in exchange for a day off). Plain Java, no engine types. Semantics:
 * <ul>
 * <li>{@link #addWorkingTime}: counts only office time; a start outside it counts from the next opening, and the
 * result may be the end of a period (Friday 17:00) rather than the next opening.</li>
 * <li>{@link #addWorkingDays}: the same time of day on the N-th working day after the start's day.</li>
 * </ul>
 */
public class WorkCalendar {

  public static final ZoneId ZONE = ZoneId.of(CongVuApplication.ZONE);

  private final HolidayTable holidays;
  private final CalendarSettings hours;

  WorkCalendar(HolidayTable holidays, CalendarSettings hours) {
    this.holidays = holidays;
    this.hours = hours;
  }

  public boolean isWorkingDay(LocalDate date) {
    if (holidays.holiday(date).isPresent()) {
      return false;
    }
    return !isWeekend(date) || holidays.isWorkingWeekend(date);
  }

  public Instant addWorkingTime(Instant start, Duration amount) {
    ZonedDateTime cursor = start.atZone(ZONE);
    // Whole Durations, not seconds: a start with a fraction of a second would otherwise stop a fraction short of a
    // period's end and find zero seconds left in it forever.
    Duration remaining = amount;
    while (remaining.compareTo(Duration.ZERO) > 0) {
      ZonedDateTime[] period = currentOrNextPeriod(cursor);
      if (cursor.isBefore(period[0])) {
        cursor = period[0];
      }
      Duration available = Duration.between(cursor, period[1]);
      Duration used = available.compareTo(remaining) < 0 ? available : remaining;
      cursor = cursor.plus(used);
      remaining = remaining.minus(used);
    }
    return cursor.toInstant();
  }

  /** The office hours between two instants (zero when the second is not after the first): how long work waited. */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    ZonedDateTime cursor = from.atZone(ZONE);
    ZonedDateTime end = to.atZone(ZONE);
    while (cursor.isBefore(end)) {
      ZonedDateTime[] period = currentOrNextPeriod(cursor);
      if (!period[0].isBefore(end)) {
        break;
      }
      ZonedDateTime start = cursor.isBefore(period[0]) ? period[0] : cursor;
      total = total.plus(Duration.between(start, period[1].isBefore(end) ? period[1] : end));
      cursor = period[1];
    }
    return total;
  }

  public Instant addWorkingDays(Instant start, int days) {
    ZonedDateTime at = start.atZone(ZONE);
    LocalDate date = at.toLocalDate();
    for (int counted = 0; counted < days;) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date.atTime(at.toLocalTime()).atZone(ZONE).toInstant();
  }

  /** T1: the weekend days and holidays a trip covers, with their names. */
  public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate to) {
    List<NonWorkingDay> days = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        LocalDate day = date;
        days.add(new NonWorkingDay(date, holidays.holiday(date)
            .orElseGet(() -> day.getDayOfWeek() == DayOfWeek.SATURDAY ? "Thứ Bảy" : "Chủ nhật")));
      }
    }
    return days;
  }

  /** The office period containing the cursor, or the next one: [start, end). */
  private ZonedDateTime[] currentOrNextPeriod(ZonedDateTime cursor) {
    for (LocalDate date = cursor.toLocalDate();; date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      for (LocalTime[] period : new LocalTime[][] {{hours.morningStart(), hours.morningEnd()},
          {hours.afternoonStart(), hours.afternoonEnd()}}) {
        ZonedDateTime end = date.atTime(period[1]).atZone(ZONE);
        if (cursor.isBefore(end)) {
          return new ZonedDateTime[] {date.atTime(period[0]).atZone(ZONE), end};
        }
      }
    }
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
