package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.gov.congvu.calendar.ShippedCalendar;
import vn.gov.congvu.calendar.WorkCalendar;

/** When a month's cycle opens and its reports are due (M1), on the shipped work calendar; no Spring. */
class MonthlyReportScheduleTest {

  private final MonthlyReportSchedule schedule = new MonthlyReportSchedule(ShippedCalendar.vietnam(),
      ShippedCalendar.OFFICE_HOURS, new ReportingSettings(2, 2));

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void theCycleOpensAt8OnTheThirdWorkingDayBeforeTheLastDay() {
    // Monday 30 Nov 2026: Fri 27, Thu 26, Wed 25.
    assertThat(schedule.opening(period("2026-11"))).isEqualTo(at(2026, 11, 25, 8, 0));
    // Thursday 31 Dec 2026: Wed 30, Tue 29, Mon 28.
    assertThat(schedule.opening(period("2026-12"))).isEqualTo(at(2026, 12, 28, 8, 0));
    // Sunday 31 Jan 2027: the weekend does not count.
    assertThat(schedule.opening(period("2027-01"))).isEqualTo(at(2027, 1, 27, 8, 0));
    // Thursday 30 Apr 2026 is a holiday, and so is Monday 27 Apr (Giỗ Tổ Hùng Vương): Wed 29, Tue 28, Fri 24.
    assertThat(schedule.opening(period("2026-04"))).isEqualTo(at(2026, 4, 24, 8, 0));
  }

  @Test
  void reportsAreDueAtTheEndOfOfficeHoursOnTheLastDay() {
    assertThat(schedule.monthEnd(period("2026-11"))).isEqualTo(at(2026, 11, 30, 17, 0));
    assertThat(schedule.monthEnd(period("2027-02"))).isEqualTo(at(2027, 2, 28, 17, 0));
    assertThat(schedule.submissionDue(period("2026-11"), at(2026, 11, 25, 8, 0))).isEqualTo(at(2026, 11, 30, 17, 0));
    // Opened by hand early in the month: still the last day.
    assertThat(schedule.submissionDue(period("2026-11"), at(2026, 11, 3, 10, 0))).isEqualTo(at(2026, 11, 30, 17, 0));
  }

  @Test
  void aPeriodOpenedAfterItsMonthEndGivesTwoWorkingDaysFromItsOpening() {
    // Caught up on Thursday 3 Dec 2026 at 09:12 for November.
    assertThat(schedule.submissionDue(period("2026-11"), at(2026, 12, 3, 9, 12))).isEqualTo(at(2026, 12, 7, 9, 12));
    // Opened on the last day after office hours.
    assertThat(schedule.submissionDue(period("2026-11"), at(2026, 11, 30, 18, 0))).isEqualTo(at(2026, 12, 2, 18, 0));
    assertThat(schedule.districtConsolidationDue(at(2026, 11, 30, 17, 0))).isEqualTo(at(2026, 12, 1, 17, 0));
    assertThat(schedule.consolidationDue(at(2026, 12, 31, 17, 0))).isEqualTo(at(2027, 1, 5, 17, 0));
  }

  @Test
  void aTimerFiringLateStillOpensThePeriodItWasFor() {
    assertThat(schedule.openedBy(at(2026, 11, 25, 8, 0))).isEqualTo(period("2026-11"));
    assertThat(schedule.openedBy(at(2026, 11, 25, 7, 59))).isEqualTo(period("2026-10"));
    // Down from 24 Nov to 3 Dec: the overdue timer fires for November.
    assertThat(schedule.openedBy(at(2026, 12, 3, 9, 0))).isEqualTo(period("2026-11"));
  }

  @Test
  void theTimerCycleIsACronForTheNextOpeningOnly() {
    CycleBusinessCalendar cron = new CycleBusinessCalendar();
    ClockUtil.setCurrentTime(Date.from(at(2026, 11, 10, 12, 0)));
    assertThat(schedule.nextOpening()).isEqualTo("0 0 8 25 11 ?");
    assertThat(cron.resolveDuedate(schedule.nextOpening())).isEqualTo(Date.from(at(2026, 11, 25, 8, 0)));
    // Evaluated again as the timer fires: December's opening.
    ClockUtil.setCurrentTime(Date.from(at(2026, 11, 25, 8, 0)));
    assertThat(cron.resolveDuedate(schedule.nextOpening())).isEqualTo(Date.from(at(2026, 12, 28, 8, 0)));
    ClockUtil.setCurrentTime(Date.from(at(2026, 12, 29, 8, 0)));
    assertThat(cron.resolveDuedate(schedule.nextOpening())).isEqualTo(Date.from(at(2027, 1, 27, 8, 0)));
  }

  private static ReportPeriod period(String text) {
    return ReportPeriod.parse(text).orElseThrow();
  }

  private static Instant at(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(WorkCalendar.ZONE).toInstant();
  }
}
