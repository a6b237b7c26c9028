package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ProcessTest;
import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationType;
import vn.gov.congvu.web.InputRejected;

/** Every path of monthly-reporting (rules M1–M4, W2), timers driven by executing their jobs. */
class MonthlyReportingProcessTest extends ProcessTest {

  private static final List<String> UNITS = List.of("an-khanh", "ben-nghe", "district-1", "health-dept",
      "home-affairs", "thu-duc");

  @Autowired
  ReportingRepository reports;
  @Autowired
  MissedMonthEndCatchUp catchUp;
  @Autowired
  ViolationRegister violations;

  /** The months tested here are at level 4 wherever the demo units sit: the peak's one-third cap applies (W2). */
  @BeforeEach
  void levelFourEverywhere() {
    for (String ward : List.of("ben-nghe", "an-khanh")) {
      jdbc.update("INSERT INTO epidemic_level (area_unit_id, level_no, effective_from, decision_ref, announced_by, "
          + "announced_at, process_instance_id, reference) VALUES (?, 4, DATE '2030-01-01', '1/QĐ-UBND', "
          + "'healthhead', TIMESTAMP '2030-01-01 08:00:00', ?, ?)", ward, "reporting-test-" + ward,
          "CD-2030-" + ward);
    }
  }

  @AfterEach
  void noLevels() {
    jdbc.update("DELETE FROM epidemic_level WHERE process_instance_id LIKE 'reporting-test-%'");
  }

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
    // Departments report in the cycle's own instance; a district and its wards in one of their own.
    ProcessInstance district1 = districtOf(cycle, "district-1");
    assertThat(List.of(taskOf(cycle, "home-affairs"), taskOf(cycle, "health-dept")))
        .allSatisfy(t -> assertThat(t.getProcessInstanceId()).isEqualTo(cycle.getId()));
    assertThat(List.of(taskOf(cycle, "district-1"), taskOf(cycle, "ben-nghe")))
        .allSatisfy(t -> assertThat(t.getProcessInstanceId()).isEqualTo(district1.getId()));
    assertThat(outbox(cycle, "MONTHLY_REPORT_OPENED")).hasSize(6);

    for (String unit : UNITS) {
      complete(taskOf(cycle, unit), submission(unit.equals("thu-duc") ? 0.5 : 0.3));
    }

    // Each district consolidates its wards with its own report, due one working day after the month-end.
    assertThat(district1).hasPassed("gateway-consolidation-opened").isWaitingAt("consolidate-district-report");
    Task consolidation = consolidationOf(district1);
    assertThat(consolidation).hasCandidateGroup("heads-district-1").hasDueDate(at(2031, 2, 3, 17, 0));
    assertThat((String) engine.getTaskService().getVariableLocal(consolidation.getId(), "districtConsolidation"))
        .contains("2 đơn vị đã báo cáo").contains("Ủy ban nhân dân Quận 1").doesNotContain("Thủ Đức")
        .doesNotContain("Xếp loại"); // the district's part alone, before Home Affairs grades
    assertThat(cycle).isWaitingAt("report-through-district");
    complete(consolidation, withVariables("districtSummary", "Quận 1 và phường Bến Nghé chấp hành tốt"));
    assertThat(district1).hasPassed("end-district-report-sent").isEnded();
    ProcessInstance thuDuc = districtOf(cycle, "thu-duc");
    complete(consolidationOf(thuDuc), withVariables("districtSummary", "Thủ Đức chấp hành tốt"));

    assertThat(cycle).hasPassed("end-collected", "prepare-consolidation").isWaitingAt("consolidate-monthly-report");
    assertThat(task()).hasCandidateGroup("members-home-affairs");
    assertThat((String) engine.getRuntimeService().getVariable(cycle.getId(), "consolidation"))
        .contains("6 đơn vị đã báo cáo").contains("Ủy ban nhân dân thành phố Thủ Đức")
        .contains("Báo cáo tổng hợp của quận: 2/2 đã gửi");
    assertThat(reports.unitReport("2031-01", "ben-nghe")).get().extracting(UnitReport::grade)
        .isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
    assertThat(reports.unitReport("2031-01", "thu-duc")).get().extracting(UnitReport::grade)
        .isEqualTo("Hoàn thành tốt nhiệm vụ");

    complete(task(), withVariables("assessment", "Các đơn vị chấp hành tốt"));
    assertThat(cycle).isWaitingAt("review-monthly-report");
    assertThat(task()).hasCandidateGroup("heads-city-committee");
    complete(task(), withVariables("directions", "Tiếp tục rà soát bộ tiêu chí an toàn trong tháng tới"));
    assertThat(cycle).hasPassed("send-city-directions", "close-reporting-cycle", "end-cycle-closed").isEnded();
    assertThat(reports.cycleStatus("2031-01")).contains("CLOSED");
    assertThat(reports.directions("2031-01")).contains("Tiếp tục rà soát bộ tiêu chí an toàn trong tháng tới");
    assertThat(outbox(cycle, "MONTHLY_REPORT_DIRECTIONS")).containsExactlyInAnyOrderElementsOf(
        UNITS.stream().map(unit -> "heads-" + unit).toList());
  }

  @Test
  void aUnitReportKeepsWhatTheSeedsAskAndWhatIsKnownIsCountedAgainAtConsolidation() {
    ClockUtil.setCurrentTime(at(2031, 9, 25, 8, 0));
    ProcessInstance cycle = open("2031-09");
    complete(taskOf(cycle, "ben-nghe"), withVariables("staffInfected", 3, "staffInfectedByNonCompliance", 1,
        "violationsHandled", 2, "rewardsProposed", "Khen tổ phản ứng nhanh", "workingRulesReviewed", true,
        "safetyCriteriaReviewed", true, "onSitePercent", 40, "workFromHome", 12, "onlineMeetings", true, "summary",
        "Đã rà soát quy chế làm việc"));
    // Known after the opening: a late declaration recorded on the last day.
    ClockUtil.setCurrentTime(at(2031, 9, 30, 10, 0));
    violations.record("bnstaff", ViolationType.LATE_HEALTH_DECLARATION, "Khai báo muộn", "after-opening-2031-09",
        "test");
    assertThat(reports.unitReport("2031-09", "ben-nghe")).get().extracting(u -> u.known().lateDeclarations())
        .isEqualTo(0);

    execute(job("timer-consolidation-due"));

    UnitReport benNghe = reports.unitReport("2031-09", "ben-nghe").orElseThrow();
    assertThat(benNghe.submission()).isEqualTo(new UnitSubmission(3, 1, 2, "Khen tổ phản ứng nhanh", true, true, 40,
        12, true, "Đã rà soát quy chế làm việc"));
    assertThat(benNghe.known().lateDeclarations()).isEqualTo(1);
    assertThat((String) engine.getRuntimeService().getVariable(cycle.getId(), "consolidation"))
        .contains("do không chấp hành quy định: 1").contains("vượt mức cho phép: Ủy ban nhân dân Phường Bến Nghé");
  }

  @Test
  void atTheMonthEndADistrictConsolidatesWithWhatCameInAndLateWardsReachItUntilItSends() {
    ProcessInstance cycle = open("2031-05");
    complete(taskOf(cycle, "district-1"), submission(0.2));
    ProcessInstance district1 = districtOf(cycle, "district-1");
    ProcessInstance thuDuc = districtOf(cycle, "thu-duc");

    execute(job("timer-district-month-end", district1));

    assertThat(district1).hasPassed("list-late-wards").isWaitingAt("submit-unit-report", "consolidate-district-report");
    assertThat(reports.unitReport("2031-05", "ben-nghe")).get().extracting(UnitReport::status)
        .isEqualTo(UnitReportStatus.LATE);
    assertThat(outbox(district1, "MONTHLY_DISTRICT_CONSOLIDATION_DUE")).containsExactly("heads-district-1");
    assertThat((String) engine.getTaskService().getVariableLocal(consolidationOf(district1).getId(),
        "districtConsolidation")).contains("Đơn vị trễ hạn hoặc chưa báo cáo: Ủy ban nhân dân Phường Bến Nghé");

    // Bến Nghé reports late while the district consolidates: the report still reaches it, once.
    complete(taskOf(cycle, "ben-nghe"), submission(0.2));
    assertThat(district1).hasPassed("end-late-reports-in").isWaitingAt("consolidate-district-report");
    assertThat(reports.unitReport("2031-05", "ben-nghe")).get().extracting(UnitReport::status, UnitReport::late)
        .containsExactly(UnitReportStatus.SUBMITTED, true);
    complete(consolidationOf(district1), withVariables("districtSummary", "Phường Bến Nghé báo cáo trễ"));
    assertThat(district1).isEnded();

    // Thủ Đức sends on without An Khánh: the ward's task ends with the district's.
    execute(job("timer-district-month-end", thuDuc));
    complete(consolidationOf(thuDuc), withVariables("districtSummary", "Phường An Khánh chưa báo cáo"));
    assertThat(thuDuc).hasPassed("end-district-report-sent").isEnded();
    assertThat(unitTasks(cycle)).extracting(t -> engine.getTaskService().getVariable(t.getId(), "reportUnitId"))
        .containsExactlyInAnyOrder("home-affairs", "health-dept");
    assertThat(reports.unitReport("2031-05", "an-khanh")).get().extracting(UnitReport::status)
        .isEqualTo(UnitReportStatus.LATE);
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
        .contains("Đơn vị trễ hạn hoặc chưa báo cáo: Ủy ban nhân dân Phường An Khánh")
        .contains("chưa gửi: Ủy ban nhân dân Quận 1, Ủy ban nhân dân thành phố Thủ Đức");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).count())
        .isZero();
    assertThat(reports.unitReport("2031-03", "health-dept")).get().extracting(UnitReport::grade)
        .isEqualTo("Không hoàn thành nhiệm vụ");

    complete(task(), withVariables("assessment", "Nhiều đơn vị chưa báo cáo"));
    complete(task(), withVariables("directions", " "));
    assertThat(cycle).hasPassed("end-cycle-closed").hasNotPassed("send-city-directions");
    assertThat(reports.directions("2031-03")).isEmpty();
    assertThat(outbox(cycle, "MONTHLY_REPORT_DIRECTIONS")).isEmpty();
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
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(districtOf(cycle, "district-1").getId())
          .count()).isEqualTo(302);

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
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MonthlyReportingProcess.KEY)
        .processInstanceBusinessKey("2031-04").count()).isEqualTo(1);
  }

  @Test
  void aPeriodOutOfBoundsIsRefusedAtTheStartAndLeavesNothingBehind() {
    installedIn2029();
    setClock(LocalDateTime.of(2031, 7, 10, 9, 0));
    for (String period : List.of("1900-01", "2028-12", "2035-01", "9999-12", "2031-13", "31-07")) {
      assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByMessage(
          MonthlyReportingProcess.MESSAGE_REQUESTED, Map.of("period", period)))
          .as(period).isInstanceOfSatisfying(InputRejected.class, refused -> {
            assertThat(refused.field()).isEqualTo("period");
            assertThat(refused.status()).isEqualTo(400);
          });
      assertThat(reports.cycleExists(period)).isFalse();
    }
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByMessage(
        MonthlyReportingProcess.MESSAGE_REQUESTED, Map.of("period", "2035-01")))
        .hasMessageContaining("từ tháng 01/2029").hasMessageContaining("đến tháng 07/2031");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MonthlyReportingProcess.KEY)
        .processInstanceBusinessKey("2035-01").count()).isZero();
    // The installation's month and the current month are both accepted.
    assertThat(open("2029-01")).isNotNull();
    assertThat(open("2031-07")).isNotNull();
  }

  @Test
  void theOpeningTimerOpensItsMonthAndAsksTheCalendarForTheNextOpening() {
    Job timer = openingTimer();
    // Thursday 31 Jan 2030: the cycle opens on Monday 28 Jan at 08:00 and reports are due on the 31st at 17:00.
    ClockUtil.setCurrentTime(at(2030, 1, 28, 8, 0));

    engine.getManagementService().executeJob(timer.getId());

    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MonthlyReportingProcess.KEY).processInstanceBusinessKey("2030-01").singleResult();
    assertThat(cycle).hasPassed("timer-cycle-opening", "open-reporting-cycle").isWaitingAt("submit-unit-report");
    assertThat(reports.cycleStatus("2030-01")).contains("COLLECTING");
    assertThat(unitTasks(cycle)).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(at(2030, 1, 31, 17, 0)));
    // Thursday 28 Feb 2030: Wed 27, Tue 26, Mon 25.
    assertThat(openingTimer().getDuedate()).isEqualTo(at(2030, 2, 25, 8, 0));
  }

  @Test
  void anOpeningTimerFiringLateAfterDowntimeOpensItsMonthWithTwoWorkingDays() {
    // October 2031 opened on Tuesday 28 Oct; the application came back on Monday 3 November at 09:00.
    ClockUtil.setCurrentTime(at(2031, 11, 3, 9, 0));

    engine.getManagementService().executeJob(openingTimer().getId());

    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MonthlyReportingProcess.KEY).processInstanceBusinessKey("2031-10").singleResult();
    assertThat(cycle).isWaitingAt("submit-unit-report");
    assertThat(unitTasks(cycle)).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(at(2031, 11, 5, 9, 0)));
    // Sunday 30 Nov 2031: Fri 28, Thu 27, Wed 26.
    assertThat(openingTimer().getDuedate()).isEqualTo(at(2031, 11, 26, 8, 0));
  }

  @Test
  void aMissedOpeningIsCaughtUpOnceAndHomeAffairsIsTold() {
    installedIn2029();
    // May 2030 opened on Tuesday 28 May; back on Monday 3 June, after its month-end.
    ClockUtil.setCurrentTime(at(2030, 6, 3, 9, 0));

    ProcessInstance cycle = caughtUp();
    assertThat(cycle.getBusinessKey()).isEqualTo("2030-05");
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "catchUp")).isEqualTo(true);
    assertThat(outbox(cycle, "MONTHLY_REPORT_CAUGHT_UP")).containsExactly("members-home-affairs");
    assertThat(unitTasks(cycle)).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(at(2030, 6, 5, 9, 0)));
    assertThat(catchUp.catchUp()).isEmpty();
  }

  @Test
  void aMissedOpeningCaughtUpBeforeTheMonthEndKeepsTheLastDay() {
    installedIn2029();
    open("2030-09"); // the month before was not missed
    // October 2030 opened on Monday 28 Oct (Thursday 31 Oct is the last day); back on Tuesday 29 Oct.
    ClockUtil.setCurrentTime(at(2030, 10, 29, 10, 0));

    ProcessInstance cycle = caughtUp();
    assertThat(cycle.getBusinessKey()).isEqualTo("2030-10");
    assertThat(unitTasks(cycle)).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(at(2030, 10, 31, 17, 0)));
  }

  @Test
  void aMonthEndMissedWhileDownMarksTheLateUnitsAtTheNextStart() {
    ClockUtil.setCurrentTime(at(2031, 8, 27, 8, 0));
    ProcessInstance cycle = open("2031-08");
    complete(taskOf(cycle, "ben-nghe"), submission(0.2));
    Job monthEnd = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId())
        .activityId("timer-submission-due").singleResult();
    assertThat(monthEnd.getDuedate()).isEqualTo(at(2031, 8, 31, 17, 0));

    // Down over the month-end; back on Tuesday 2 September: the job is due, and the job executor runs it first.
    ClockUtil.setCurrentTime(at(2031, 9, 2, 8, 0));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).executable()
        .duedateLowerThan(ClockUtil.getCurrentTime()).list()).extracting(Job::getId).contains(monthEnd.getId());
    engine.getManagementService().executeJob(monthEnd.getId());

    assertThat(cycle).hasPassed("mark-late-units");
    assertThat(reports.unitReport("2031-08", "an-khanh")).get().extracting(UnitReport::status)
        .isEqualTo(UnitReportStatus.LATE);
    assertThat(outbox(cycle, "MONTHLY_REPORT_LATE")).contains("members-home-affairs", "heads-an-khanh")
        .doesNotContain("heads-ben-nghe");
  }

  private void installedIn2029() {
    jdbc.update("UPDATE app_installation SET started_at = ?", java.sql.Timestamp.from(at(2029, 1, 1, 0, 0)
        .toInstant()));
  }

  /** Runs the catch-up, which must start exactly one cycle. */
  private ProcessInstance caughtUp() {
    List<String> started = catchUp.catchUp();
    assertThat(started).hasSize(1);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started.get(0)).singleResult();
  }

  private Job openingTimer() {
    return engine.getManagementService().createJobQuery().processDefinitionKey(MonthlyReportingProcess.KEY)
        .timers().activityId("timer-cycle-opening").singleResult();
  }

  /** Opens a period by message, as the API does; a period may be opened up to the current month (clock moved). */
  private ProcessInstance open(String period) {
    java.time.YearMonth month = java.time.YearMonth.parse(period);
    if (java.time.YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(VN)).isBefore(month)) {
      setClock(month.atDay(1).atTime(9, 0));
    }
    ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByMessage(
        MonthlyReportingProcess.MESSAGE_REQUESTED, period, Map.of("period", period));
    assertThat(cycle).isStarted().isWaitingAt("submit-unit-report");
    return cycle;
  }

  /** The cycle's unit tasks, in its own instance and in its districts' (which carry the period as business key). */
  private List<Task> unitTasks(ProcessInstance cycle) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycle.getBusinessKey())
        .taskDefinitionKey("submit-unit-report").list();
  }

  private Task taskOf(ProcessInstance cycle, String unitId) {
    return unitTasks(cycle).stream().filter(t -> unitId.equals(
        engine.getTaskService().getVariable(t.getId(), "reportUnitId"))).findFirst().orElseThrow();
  }

  /** The district-monthly-report instance of a district in the cycle. */
  private ProcessInstance districtOf(ProcessInstance cycle, String districtId) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
        .variableValueEquals("districtId", districtId).singleResult();
  }

  private Task consolidationOf(ProcessInstance district) {
    return engine.getTaskService().createTaskQuery().processInstanceId(district.getId())
        .taskDefinitionKey("consolidate-district-report").singleResult();
  }

  private static Map<String, Object> submission(double ratio) {
    return withVariables("staffInfected", 0, "violationsHandled", 1, "safetyCriteriaReviewed", true,
        "workingRulesReviewed", true, "onSitePercent", (int) Math.round(ratio * 100), "summary",
        "Thực hiện nghiêm các biện pháp phòng dịch");
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VN).toInstant());
  }
}
