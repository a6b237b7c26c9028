package vn.gov.congvu.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.calendar.CalendarSettings;
import vn.gov.congvu.calendar.WorkCalendar;

/**
 * When a month's cycle opens and when its reports are due (contract, M1: "báo cáo định kỳ hàng tháng (ngày cuối
 * của tháng)"). The cycle opens at 08:00 on the working day 3 working days before the last day of the month; unit
 * reports are due at the end of office hours on the last day (the month-end); a period opened after that gives its
 * units {@code submissionWorkingDays} from its opening instead. Districts consolidate 1 working day after the
 * deadline, Home Affairs is due {@code consolidationWorkingDays} after it.
 */
@Component("monthlyReportSchedule")
public class MonthlyReportSchedule {

  static final LocalTime OPENING_TIME = LocalTime.of(8, 0);
  static final int OPENING_WORKING_DAYS = 3;
  static final int DISTRICT_WORKING_DAYS = 1;

  private final WorkCalendar calendar;
  private final CalendarSettings hours;
  private final ReportingSettings settings;

  MonthlyReportSchedule(WorkCalendar calendar, CalendarSettings hours, ReportingSettings settings) {
    this.calendar = calendar;
    this.hours = hours;
    this.settings = settings;
  }

  /** 08:00 on the working day {@value #OPENING_WORKING_DAYS} working days before the month's last day. */
  public Instant opening(ReportPeriod period) {
    LocalDate day = period.month().atEndOfMonth();
    for (int counted = 0; counted < OPENING_WORKING_DAYS;) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day.atTime(OPENING_TIME).atZone(WorkCalendar.ZONE).toInstant();
  }

  /** The end of office hours on the month's last day, whatever kind of day it is: the date the directive sets. */
  public Instant monthEnd(ReportPeriod period) {
    return period.month().atEndOfMonth().atTime(hours.afternoonEnd()).atZone(WorkCalendar.ZONE).toInstant();
  }

  /** The period whose opening is the latest at or before the instant: what a timer firing then (even late) opens. */
  public ReportPeriod openedBy(Instant at) {
    ReportPeriod containing = ReportPeriod.containing(at);
    return opening(containing).isAfter(at) ? containing.previous() : containing;
  }

  /**
   * The opening timer's time cycle. A cron cannot say "3 working days before the last day", so the diagram's timer
   * asks this method, and the engine asks again each time the timer fires ({@code reevaluateTimeCycleWhenDue}): a
   * cron for the next opening's date only. One timer job, no instance on the days in between.
   */
  public String nextOpening() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ReportPeriod period = ReportPeriod.containing(now);
    Instant next = opening(period).isAfter(now) ? opening(period) : opening(period.next());
    ZonedDateTime at = next.atZone(WorkCalendar.ZONE);
    return "0 " + at.getMinute() + " " + at.getHour() + " " + at.getDayOfMonth() + " " + at.getMonthValue() + " ?";
  }

  /** The month-end, or for a period opened after it, the working days it gives from the opening. */
  public Instant submissionDue(ReportPeriod period, Instant openedAt) {
    Instant monthEnd = monthEnd(period);
    return openedAt.isBefore(monthEnd) ? monthEnd
        : calendar.addWorkingDays(openedAt.truncatedTo(ChronoUnit.MINUTES), settings.submissionWorkingDays());
  }

  /** When a district's consolidation of its wards is due. */
  public Instant districtConsolidationDue(Instant submissionDue) {
    return calendar.addWorkingDays(submissionDue, DISTRICT_WORKING_DAYS);
  }

  /** When Home Affairs consolidates with whatever has come in. */
  public Instant consolidationDue(Instant submissionDue) {
    return calendar.addWorkingDays(submissionDue, settings.consolidationWorkingDays());
  }
}
