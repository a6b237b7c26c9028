package vn.gov.congvu.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The work calendar with the shipped holiday files and the default office hours, for unit tests of the rules that
 * count working days: no Spring.
 */
public final class ShippedCalendar {

  public static final CalendarSettings OFFICE_HOURS = new CalendarSettings(LocalTime.of(7, 30), LocalTime.of(11, 30),
      LocalTime.of(13, 0), LocalTime.of(17, 0), "classpath*:calendar/vn-*.json", null);
  static final HolidayTable HOLIDAYS = read();

  private ShippedCalendar() {
  }

  public static WorkCalendar vietnam() {
    return new WorkCalendar(HOLIDAYS, OFFICE_HOURS);
  }

  private static HolidayTable read() {
    try {
      return HolidayTable.read(new ObjectMapper(),
          new PathMatchingResourcePatternResolver().getResources(OFFICE_HOURS.files()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
