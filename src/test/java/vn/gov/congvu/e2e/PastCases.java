package vn.gov.congvu.e2e;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.calendar.WorkCalendar;
import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.travel.TravelProcess;

/**
 * Finished cases of the months two to six before this one, so that "Xu hướng 12 tháng" has lines to draw: each month
 * {@link #rejected} requests (decided 20·k + 15·j minutes after filing, k months ago), one expired every other month,
 * one incident passed up by decision and, every odd month back, one by the clock, all resolved; and the units' reports
 * of the period, {@link #lateReports} of them late. Nothing is left open, so today's figures stay as they were.
 */
final class PastCases {

  static final int FIRST = 2;
  static final int LAST = 6;
  static final List<String> UNITS = List.of("ben-nghe", "district-1", "an-khanh", "thu-duc", "health-dept");
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ProcessEngine engine;
  private final WorkCalendar calendar;
  private final JdbcTemplate jdbc;

  private PastCases(ConfigurableApplicationContext app) {
    engine = app.getBean(ProcessEngine.class);
    calendar = app.getBean(WorkCalendar.class);
    jdbc = app.getBean(JdbcTemplate.class);
  }

  static int rejected(int monthsBack) {
    return 1 + monthsBack % 3;
  }

  static int lateReports(int monthsBack) {
    return monthsBack % 3;
  }

  static void file(ConfigurableApplicationContext app) {
    PastCases cases = new PastCases(app);
    try {
      for (int back = FIRST; back <= LAST; back++) {
        cases.month(back);
      }
    } finally {
      ClockUtil.reset();
    }
  }

  private void month(int back) {
    YearMonth month = YearMonth.now(VN).minusMonths(back);
    LocalDate day = workingDayFrom(month.atDay(8));
    LocalDateTime nine = day.atTime(9, 0);
    clock(nine);
    List<ProcessInstance> trips = IntStream.range(0, rejected(back)).mapToObj(j -> trip(day))
        .toList();
    ProcessInstance byDecision = incident();
    ProcessInstance byClock = back % 2 == 1 ? incident() : null;
    for (int j = 0; j < trips.size(); j++) {
      clock(nine.plusMinutes(20L * back + 15L * j));
      complete(trips.get(j), Map.of(TravelProcess.VAR_APPROVED, false, TravelProcess.VAR_DECISION_COMMENT,
          "Đang trực chống dịch"));
    }
    if (back % 2 == 0) {
      runJob(trip(day), "timer-departure-reached");
    }
    complete(byDecision, Map.of(IncidentProcess.VAR_DECISION, "ESCALATE", IncidentProcess.VAR_ACTION_TAKEN,
        "Chuyển lãnh đạo phường"));
    complete(byDecision, resolved());
    if (byClock != null) {
      runJob(byClock, "timer-level-deadline");
      complete(byClock, resolved());
    }
    String period = month.toString();
    jdbc.update("INSERT INTO monthly_report_cycle (period, process_instance_id, started_at, submission_due, status) "
        + "VALUES (?, ?, ?, ?, 'CLOSED')", period, "past-" + period, Timestamp.valueOf(month.atDay(1).atTime(8, 0)),
        Timestamp.valueOf(month.atEndOfMonth().atTime(17, 0)));
    for (int u = 0; u < UNITS.size(); u++) {
      boolean late = u < lateReports(back);
      jdbc.update("INSERT INTO monthly_unit_report (period, unit_id, status, late, submitted_at) "
          + "VALUES (?, ?, ?, ?, ?)", period, UNITS.get(u), late ? "LATE" : "SUBMITTED", late,
          Timestamp.valueOf(month.atEndOfMonth().atTime(late ? 20 : 10, 0)));
    }
  }

  private LocalDate workingDayFrom(LocalDate day) {
    return calendar.isWorkingDay(day) ? day : workingDayFrom(day.plusDays(1));
  }

  private ProcessInstance trip(LocalDate day) {
    return engine.getRuntimeService().startProcessInstanceByKey(TravelProcess.KEY, Map.of(
        TravelProcess.VAR_REQUESTER_ID, "bnstaff", TravelProcess.VAR_DESTINATION, "Huế",
        TravelProcess.VAR_DEPARTURE_DATE, day.plusDays(10).toString(), TravelProcess.VAR_RETURN_DATE,
        day.plusDays(12).toString(), TravelProcess.VAR_REASON, "Thăm gia đình"));
  }

  private ProcessInstance incident() {
    return engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY, Map.of(
        IncidentProcess.VAR_UNIT_ID, "ben-nghe", IncidentProcess.VAR_SOURCE, "PORTAL_1022",
        IncidentProcess.VAR_CATEGORY, "OTHER", IncidentProcess.VAR_SEVERITY, "LOW",
        IncidentProcess.VAR_SUMMARY, "Phản ánh qua Cổng 1022"));
  }

  private static Map<String, Object> resolved() {
    return Map.of(IncidentProcess.VAR_DECISION, "RESOLVED", IncidentProcess.VAR_ACTION_TAKEN, "Đã xử lý");
  }

  /** Completes the case's deciding task (the approval, or the level's handling). */
  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKeyIn(TravelProcess.TASK_APPROVE, IncidentProcess.TASK_HANDLE).singleResult().getId(),
        variables);
  }

  private void runJob(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(activityId).singleResult().getId());
  }

  private static void clock(LocalDateTime at) {
    ClockUtil.setCurrentTime(Date.from(at.atZone(VN).toInstant()));
  }
}
