package vn.gov.congvu.calendar;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Resolves working time written as the diagrams write it ({@code working PT8H}, {@code working P1D}): for the engine's
 * due dates and timers, and for expressions elsewhere, such as the "Sắp đến hạn" filter's
 * {@code ${workingTime.from(now(), 'working P1D')}}. For drills and load tests only,
 * {@code app.calendar.working-time-override} (a clock duration, e.g. PT20S) replaces every working duration.
 */
@Component("workingTime")
public class WorkingTime {

  private final WorkCalendar calendar;
  private final CalendarSettings settings;

  WorkingTime(WorkCalendar calendar, CalendarSettings settings) {
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The end of a working duration from a start (now when null). */
  public Date from(Date start, String description) {
    WorkingDuration duration = WorkingDuration.parse(description);
    Instant from = (start != null ? start : ClockUtil.getCurrentTime()).toInstant();
    if (settings.workingTimeOverride() != null) {
      return Date.from(from.plus(settings.workingTimeOverride()));
    }
    return Date.from(duration.addTo(from, calendar));
  }
}
