package vn.gov.congvu.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The holidays and swap days of every year that has a data file. */
final class HolidayTable {

  private final Map<LocalDate, String> holidays = new HashMap<>();
  private final Map<LocalDate, String> workingWeekends = new HashMap<>();
  private final Set<Integer> years = new HashSet<>();

  /** Reads the files, failing with the file's name and the problem when one is malformed. */
  static HolidayTable read(ObjectMapper mapper, Resource... files) {
    HolidayTable table = new HolidayTable();
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        table.add(mapper.readValue(in, CalendarYear.class), file.getFilename());
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("Work calendar file " + file.getFilename() + " is malformed: "
            + e.getMessage(), e);
      }
    }
    return table;
  }

  private void add(CalendarYear year, String file) {
    if (year.holidays() == null || year.workingWeekends() == null) {
      throw new IllegalArgumentException("needs 'holidays' and 'workingWeekends' lists");
    }
    years.add(year.year());
    for (CalendarYear.NamedDay day : year.holidays()) {
      holidays.put(date(day, year.year()), day.name());
    }
    for (CalendarYear.NamedDay day : year.workingWeekends()) {
      workingWeekends.put(date(day, year.year()), day.name());
    }
  }

  private static LocalDate date(CalendarYear.NamedDay day, int year) {
    if (day.name() == null || day.name().isBlank()) {
      throw new IllegalArgumentException("day " + day.date() + " has no name");
    }
    try {
      LocalDate date = LocalDate.parse(day.date());
      if (date.getYear() != year) {
        throw new IllegalArgumentException("day " + day.date() + " is not in " + year);
      }
      return date;
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("bad date '" + day.date() + "'");
    }
  }

  Optional<String> holiday(LocalDate date) {
    return Optional.ofNullable(holidays.get(date));
  }

  boolean isWorkingWeekend(LocalDate date) {
    return workingWeekends.containsKey(date);
  }

  boolean covers(int year) {
    return years.contains(year);
  }
}
