package vn.gov.congvu.calendar;

import java.io.IOException;
import java.time.Year;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The work calendar bean, named {@code workCalendar} for BPMN expressions. A malformed data file stops the startup
 * with its name; a missing file for the current year is a warning (weekends still count, holidays do not).
 */
@Configuration
class WorkCalendarConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(WorkCalendarConfiguration.class);

  @Bean
  WorkCalendar workCalendar(CalendarSettings settings, ObjectMapper mapper) throws IOException {
    HolidayTable table = HolidayTable.read(mapper,
        new PathMatchingResourcePatternResolver().getResources(settings.files()));
    int year = Year.now(WorkCalendar.ZONE).getValue();
    if (!table.covers(year)) {
      LOG.warn("The work calendar has no holiday file for {}: only weekends are days off this year", year);
    }
    return new WorkCalendar(table, settings);
  }
}
