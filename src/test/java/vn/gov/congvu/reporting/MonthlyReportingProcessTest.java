package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ProcessTest;

/** Every path of monthly-reporting (rules M1–M4, W2), timers driven by executing their jobs. */
class MonthlyReportingProcessTest extends ProcessTest {

  private static final List<String> UNITS = List.of("an-khanh", "ben-nghe", "district-1", "health-dept",
      "home-affairs", "thu-duc");

  @Autowired
  ReportingRepository reports;
  @Autowired
  MissedMonthEndCatchUp catchUp;

  @Test
  void everyUnitReportsOnTimeThenHomeAffairsConsolidatesAndTheCityReviews() {
    ProcessInstance cycle = open("2031-01");
    List<Task> unitTasks = unitTasks(cycle);
    assertThat(unitTasks).hasSize(6);
    for (String unit : UNITS) {
      assertThat(taskOf(cycle, unit)).hasCandidateGroup("heads-" + unit);
    }
    assertThat(engine.getTaskService().getVariableLocal(taskOf(cycle, "ben-nghe").getId(), "knownFigures"))
        .asString().contains("Đề nghị ra khỏi thành phố");

    for (String unit : UNITS) {
      complete(taskOf(cycle, unit), submission(unit.equals("thu-duc") ? 0.5 : 0.3));
    }

    assertThat(cycle).hasPassed("prepare-consolidation").isWaitingAt("consolidate-monthly-report");
    assertThat(task()).hasCandidateGroup("members-home-affairs");
    assertThat((String) engine.getRuntimeService().getVariable(cycle.getId(), "consolidation"))
        .contains("6 đơn vị đã báo cáo").contains("Ủy ban nhân dân thành phố Thủ Đức");
    assertThat(reports.unitReport("2031-01", "ben-nghe")).get().extracting(UnitReport::grade).isEqualTo("A");
    assertThat(reports.unitReport("2031-01", "thu-duc")).get().extracting(UnitReport::grade).isEqualTo("B");

    complete(task(), withVariables("assessment", "Các đơn vị chấp hành tốt"));
    assertThat(cycle).isWaitingAt("review-monthly-report");
    assertThat(task()).hasCandidateGroup("heads-city-committee");
    complete(task());
    assertThat(cycle).hasPassed("close-reporting-cycle", "end-cycle-closed").isEnded();
    assertThat(reports.cycleStatus("2031-01")).contains("CLOSED");
  }

  @Test
  void unitsLatePastTheDeadlineAreMarkedAndTheirTasksStayOpen() {
    ProcessInstance cycle = open("2031-02");
    complete(taskOf(cycle, "ben-nghe"), submission(0.2));

    execute(job("timer-submission-due"));

    assertThat(cycle).hasPassed("mark-late-units", "end-late-marked").isWaitingAt("submit-unit-report");
    assertThat(unitTasks(cycle)).hasSize(5);
    assertThat(reports.unitReport("2031-02", "an-khanh")).get().extracting(UnitReport::status)
        .isEqualTo(UnitReportStatus.LATE);
    assertThat(reports.unitReport("2031-02", "ben-nghe")).get().extracting(UnitReport::status)
        .isEqualTo(UnitReportStatus.SUBMITTED);

    complete(taskOf(cycle, "an-khanh"), submission(0.2));
    assertThat(reports.unitReport("2031-02", "an-khanh")).get()
        .extracting(UnitReport::status, UnitReport::late).containsExactly(UnitReportStatus.SUBMITTED, true);
  }

  @Test
  void consolidationDeadlineOpensConsolidationWithTheMissingUnitsListed() {
    ProcessInstance cycle = open("2031-03");
    complete(taskOf(cycle, "ben-nghe"), submission(0.2));

    execute(job("timer-consolidation-due"));

    assertThat(cycle).hasPassed("list-missing-units").isWaitingAt("consolidate-monthly-report");
    assertThat((String) engine.getRuntimeService().getVariable(cycle.getId(), "consolidation"))
        .contains("Đơn vị trễ hạn hoặc chưa báo cáo: Ủy ban nhân dân Phường An Khánh");
    assertThat(reports.unitReport("2031-03", "health-dept")).get().extracting(UnitReport::grade).isEqualTo("D");
  }

  @Test
  void aCityOfHundredsOfUnitsOpensAndConsolidatesItsCycle() {
    // Once failed: the unit ids, then the consolidation, were kept in text variables longer than 4,000 characters.
    List<Object[]> wards = java.util.stream.IntStream.range(0, 300)
        .mapToObj(i -> new Object[] {"ward-scale-" + i, "Phường thử nghiệm quy mô " + i}).toList();
    jdbc.batchUpdate("INSERT INTO org_unit (id, name, kind, parent_id) VALUES (?, ?, 'WARD', 'district-1')", wards);
    try {
      ProcessInstance cycle = open("2031-06");
      assertThat(unitTasks(cycle)).hasSize(306);

      execute(job("timer-consolidation-due"));

      assertThat(cycle).isWaitingAt("consolidate-monthly-report");
      assertThat((String) engine.getRuntimeService().getVariable(cycle.getId(), "consolidation"))
          .contains("và 286 đơn vị khác").hasSizeLessThanOrEqualTo(ConsolidationText.MAX_LENGTH);
      assertThat(reports.unitReports("2031-06")).hasSize(306).allMatch(u -> u.grade() != null);
      engine.getRuntimeService().deleteProcessInstance(cycle.getId(), "test over");
    } finally {
      jdbc.update("DELETE FROM org_unit WHERE id LIKE 'ward-scale-%'");
    }
  }

  @Test
  void secondStartOfAPeriodEndsWithoutASecondCycle() {
    open("2031-04");
    ProcessInstance second = engine.getRuntimeService().startProcessInstanceByMessage(
        MonthlyReportingProcess.MESSAGE_REQUESTED, Map.of("period", "2031-04"));
    assertThat(second).hasPassed("error-period-open", "end-period-already-open").isEnded();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("2031-04").count())
        .isEqualTo(1);
  }

  @Test
  void monthEndTimerOpensTheCurrentMonth() {
    ClockUtil.setCurrentTime(at(2030, 1, 31, 8, 0));
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(MonthlyReportingProcess.KEY)
        .timers().activityId("timer-month-end").singleResult();

    engine.getManagementService().executeJob(timer.getId());

    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("2030-01").singleResult();
    assertThat(cycle).isNotNull();
    assertThat(cycle).hasPassed("timer-month-end", "open-reporting-cycle").isWaitingAt("submit-unit-report");
    assertThat(reports.cycleStatus("2030-01")).contains("COLLECTING");
  }

  @Test
  void cronFiresOnTheLastDayOfEveryMonthAt8() {
    CycleBusinessCalendar cron = new CycleBusinessCalendar();
    assertThat(cron.resolveDuedate("0 0 8 L * ?", at(2026, 11, 22, 12, 0))).isEqualTo(at(2026, 11, 30, 8, 0));
    assertThat(cron.resolveDuedate("0 0 8 L * ?", at(2026, 12, 1, 0, 0))).isEqualTo(at(2026, 12, 31, 8, 0));
    assertThat(cron.resolveDuedate("0 0 8 L * ?", at(2026, 12, 31, 9, 0))).isEqualTo(at(2027, 1, 31, 8, 0));
    assertThat(cron.resolveDuedate("0 0 8 L * ?", at(2027, 2, 1, 0, 0))).isEqualTo(at(2027, 2, 28, 8, 0));
    assertThat(cron.resolveDuedate("0 0 8 L * ?", at(2028, 2, 1, 0, 0))).isEqualTo(at(2028, 2, 29, 8, 0));
    assertThat(cron.resolveDuedate("0 0 8 L * ?", at(2027, 4, 30, 7, 59))).isEqualTo(at(2027, 4, 30, 8, 0));
  }

  @Test
  void missedMonthEndIsCaughtUpOnceAndHomeAffairsIsTold() {
    jdbc.update("UPDATE app_installation SET started_at = ?", java.sql.Timestamp.from(at(2029, 1, 1, 0, 0)
        .toInstant()));
    ClockUtil.setCurrentTime(at(2030, 6, 3, 9, 0));

    String started = catchUp.catchUp();

    assertThat(started).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(started, "catchUp")).isEqualTo(true);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started).singleResult()
        .getBusinessKey()).isEqualTo("2030-05");
    assertThat(catchUp.catchUp()).isNull();
  }

  private ProcessInstance open(String period) {
    ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByMessage(MonthlyReportingProcess.MESSAGE_REQUESTED,
        period, Map.of("period", period));
    assertThat(cycle).isStarted().isWaitingAt("submit-unit-report");
    return cycle;
  }

  private List<Task> unitTasks(ProcessInstance cycle) {
    return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey("submit-unit-report").list();
  }

  private Task taskOf(ProcessInstance cycle, String unitId) {
    return unitTasks(cycle).stream().filter(t -> unitId.equals(
        engine.getTaskService().getVariable(t.getId(), "reportUnitId"))).findFirst().orElseThrow();
  }

  private static Map<String, Object> submission(double ratio) {
    return withVariables("staffInfected", 0, "violationsHandled", 1, "safetyCriteriaReviewed", true,
        "officeAttendanceRatio", ratio, "summary", "Thực hiện nghiêm các biện pháp phòng dịch");
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VN).toInstant());
  }
}
