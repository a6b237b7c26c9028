package vn.gov.congvu.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets diagrams say "working time": a due date or timer duration written {@code working PT8H} or {@code working P2D}
 * is counted by the work calendar (hours in office time, days as working days); anything else goes to Camunda's own
 * calendar unchanged, clock time.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

  static final String PREFIX = "working ";

  private final BusinessCalendar clockTime;
  private final WorkCalendar calendar;

  WorkingTimeBusinessCalendar(BusinessCalendar clockTime, WorkCalendar calendar) {
    this.clockTime = clockTime;
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return description.startsWith(PREFIX) ? working(description, null) : clockTime.resolveDuedate(description, task);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    return description.startsWith(PREFIX) ? working(description, startDate)
        : clockTime.resolveDuedate(description, startDate);
  }

  private Date working(String description, Date startDate) {
    Instant start = (startDate != null ? startDate : ClockUtil.getCurrentTime()).toInstant();
    String iso = description.substring(PREFIX.length()).trim();
    if (iso.contains("T")) {
      return Date.from(calendar.addWorkingTime(start, Duration.parse(iso)));
    }
    java.time.Period days = java.time.Period.parse(iso);
    return Date.from(calendar.addWorkingDays(start, days.getDays()));
  }
}
