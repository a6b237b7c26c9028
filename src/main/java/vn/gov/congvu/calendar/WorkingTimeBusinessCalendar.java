package vn.gov.congvu.calendar;

import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets diagrams say "working time": a due date or timer duration written {@code working PT8H} or {@code working P2D}
 * is counted by the work calendar ({@link WorkingDuration}); anything else goes to Camunda's own calendar unchanged,
 * clock time.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

  private final BusinessCalendar clockTime;
  private final WorkingTime workingTime;

  WorkingTimeBusinessCalendar(BusinessCalendar clockTime, WorkingTime workingTime) {
    this.clockTime = clockTime;
    this.workingTime = workingTime;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return WorkingDuration.isWorking(description) ? workingTime.from(null, description)
        : clockTime.resolveDuedate(description, task);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    return WorkingDuration.isWorking(description) ? workingTime.from(startDate, description)
        : clockTime.resolveDuedate(description, startDate);
  }
}
