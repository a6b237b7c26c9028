package vn.gov.congvu.travel;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.congvu.support.ProcessTest;

/** Every path of travel-approval, timers driven by executing their jobs (rules T1–T5). */
class TravelApprovalProcessTest extends ProcessTest {

  /** Friday 4 December 2026, 09:00: the trip is Saturday 5 to Sunday 6. */
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 0);
  /** Back in the city on Sunday evening. */
  private static final String RETURNED_AT = "2026-12-06T18:30+07:00";

  @BeforeEach
  void startAtNow() {
    setClock(NOW);
  }

  @Test
  void approvedTripWithoutIncidentEndsCompleted() {
    ProcessInstance trip = request("d1staff", "Vũng Tàu");
    assertThat(trip).isWaitingAt(TravelProcess.TASK_APPROVE);
    assertThat(task()).hasCandidateGroup("heads-district-1").hasDueDate(workingDeadline())
        .hasName("Phê duyệt: Phạm Thị Lan – Vũng Tàu, 05/12–06/12/2026")
        .hasDescription("Đề nghị ra khỏi thành phố của Phạm Thị Lan (Ủy ban nhân dân Quận 1)");
    assertThat(trip).variables().containsEntry(TravelProcess.VAR_REQUESTER_NAME, "Phạm Thị Lan");
    assertThat(trip.getBusinessKey()).matches("DN-2026-\\d{6}");
    assertThat(outbox(trip, "TRAVEL_REQUESTED")).containsExactly("heads-district-1");

    complete(task(), withVariables(TravelProcess.VAR_APPROVED, true));
    assertThat(trip).hasPassed("notify-approval").isWaitingAt("timer-departure-day");

    returnHome(trip, false, false);
    assertThat(trip).isWaitingAt(TravelProcess.TASK_CONFIRM_DECLARATION);
    assertThat(task()).isAssignedTo("d1staff");

    complete(task(), withVariables(TravelProcess.VAR_DECLARATION_REF, "TKYT-123"));
    assertThat(outbox(trip, "TRAVEL_APPROVED")).containsExactly("d1staff");
    assertThat(trip).hasPassed("gateway-health", "join-health", "gateway-declared-in-time", "end-completed")
        .hasNotPassed("begin-monitoring", "record-declared-late").isEnded().variables()
        .containsEntry(TravelProcess.VAR_OUTCOME, "COMPLETED")
        .containsEntry(TravelProcess.VAR_DECLARED_AT, "2026-12-06T19:30+07:00") // the confirmation's time
        .containsEntry(TravelProcess.VAR_DECLARED_LATE, false);
    assertThat(lateDeclarations(trip)).isZero();
  }

  @Test
  void rejectionNeedsACommentAndEndsRejected() {
    ProcessInstance trip = request("d1staff", "Đà Lạt");

    assertThatThrownBy(() -> complete(task(), withVariables(TravelProcess.VAR_APPROVED, false)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decisionComment");
    assertThat(trip).isWaitingAt(TravelProcess.TASK_APPROVE);

    complete(task(), withVariables(TravelProcess.VAR_APPROVED, false, TravelProcess.VAR_DECISION_COMMENT,
        "Đang trực chống dịch"));
    assertThat(trip).hasPassed("notify-rejection", "end-rejected").isEnded()
        .variables().containsEntry(TravelProcess.VAR_OUTCOME, "REJECTED");
  }

  @Test
  void theApproverSeesTheLevelWhereTheUnitSitsAndAtLevelFourTheWarning() {
    jdbc.update("INSERT INTO epidemic_level (area_unit_id, level_no, effective_from, decision_ref, announced_by, "
        + "announced_at, process_instance_id, reference) VALUES ('ben-nghe', 4, DATE '2026-12-02', '88/QĐ-UBND', "
        + "'healthhead', TIMESTAMP '2026-12-01 08:00:00', 'travel-test', 'CD-2026-999999')");
    try {
      ProcessInstance inBenNghe = request("bnstaff", "Đà Lạt");
      assertThat(inBenNghe).variables()
          .containsEntry(TravelProcess.VAR_EPIDEMIC_LEVEL, "Cấp độ 4 – nguy cơ rất cao (vùng đỏ) tại Phường Bến Nghé "
              + "(nơi đơn vị đóng trụ sở), áp dụng từ 02/12/2026 theo 88/QĐ-UBND");
      assertThat((String) engine.getRuntimeService().getVariable(inBenNghe.getId(),
          TravelProcess.VAR_EPIDEMIC_WARNING)).contains("không di chuyển ra khỏi nhà nếu không thật sự cần thiết");

      ProcessInstance inAnKhanh = request("akhead", "Đà Lạt");
      assertThat(inAnKhanh).variables()
          .containsEntry(TravelProcess.VAR_EPIDEMIC_LEVEL, "Chưa công bố cấp độ dịch tại Phường An Khánh "
              + "(nơi đơn vị đóng trụ sở)")
          .containsEntry(TravelProcess.VAR_EPIDEMIC_WARNING, null);
    } finally {
      jdbc.update("DELETE FROM epidemic_level WHERE process_instance_id = 'travel-test'");
    }
  }

  @Test
  void headOfUnitRequestGoesToSuperiorLeader() {
    request("d1head", "Hà Nội");
    assertThat(task()).hasCandidateGroup("heads-city-committee");
  }

  @Test
  void overdueApprovalAddsTheSuperiorLeader() {
    ProcessInstance trip = request("bnstaff", "Cần Thơ");
    assertThat(task()).hasCandidateGroup("heads-ben-nghe");

    execute(job("timer-approval-overdue"));

    assertThat(trip).hasPassed("escalate-approval", "end-approval-escalated").isWaitingAt(TravelProcess.TASK_APPROVE);
    assertThat(task()).hasCandidateGroup("heads-ben-nghe").hasCandidateGroup("heads-district-1");
    assertThat(outbox(trip, "TRAVEL_APPROVAL_OVERDUE")).containsExactly("heads-district-1");
    complete(task(), withVariables(TravelProcess.VAR_APPROVED, true));
    assertThat(trip).isWaitingAt("timer-departure-day");
  }

  @Test
  void undecidedRequestExpiresAtTheEndOfTheDepartureDay() {
    ProcessInstance trip = request("d1staff", "Nha Trang");
    assertThat(dueDate(trip, "timer-departure-reached")).isEqualTo(at(LocalDateTime.of(2026, 12, 5, 23, 59, 59)));

    execute(job("timer-departure-reached"));

    assertThat(trip).hasPassed("expire-travel-request", "end-expired").isEnded()
        .variables().containsEntry(TravelProcess.VAR_OUTCOME, "EXPIRED");
    assertThat(outbox(trip, "TRAVEL_EXPIRED")).containsExactly("d1staff");
  }

  @Test
  void aRequestFiledOnItsDepartureDayReachesTheHeadAndLapsesAtItsDepartureTime() {
    ProcessInstance trip = request(Map.of(TravelProcess.VAR_DEPARTURE_DATE, "2026-12-04",
        TravelProcess.VAR_DEPARTURE_TIME, "18:00"));

    assertThat(trip).isWaitingAt(TravelProcess.TASK_APPROVE).variables()
        .containsEntry(TravelProcess.VAR_DEPARTURE_TIME, "18:00");
    assertThat(task()).hasCandidateGroup("heads-district-1");
    assertThat(dueDate(trip, "timer-departure-reached")).isEqualTo(at(LocalDateTime.of(2026, 12, 4, 18, 0)));

    execute(job("timer-departure-reached"));
    assertThat(trip).hasPassed("end-expired").isEnded();
  }

  @Test
  void aDepartureTimeAlreadyPastTodayIsRefused() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    for (String time : List.of("08:30", "9h")) {
      assertThatThrownBy(() -> request(Map.of(TravelProcess.VAR_DEPARTURE_DATE, "2026-12-04",
          TravelProcess.VAR_DEPARTURE_TIME, time)))
          .as(time).isInstanceOf(BadUserRequestException.class).hasMessageContaining("departureTime");
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void theReturnCanBeReportedFromTheDepartureDayWhenBackEarly() {
    ProcessInstance trip = approved("d1staff");
    assertThat(dueDate(trip, "timer-departure-day")).isEqualTo(at(LocalDateTime.of(2026, 12, 5, 0, 0)));

    execute(job("timer-departure-day"));
    assertThat(trip).isWaitingAt(TravelProcess.TASK_REPORT_RETURN);
    // Sunday's return is due by the end of Monday, the next working day.
    assertThat(task()).hasDueDate(at(LocalDateTime.of(2026, 12, 7, 23, 59, 59)));

    setClock(LocalDateTime.of(2026, 12, 5, 15, 0));
    assertThatThrownBy(() -> complete(task(), back("2026-12-04T20:00+07:00")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("returnedAt");
    complete(task(), back("2026-12-05T14:00+07:00"));

    assertThat(trip).hasPassed("assess-return").isWaitingAt(TravelProcess.TASK_CONFIRM_DECLARATION).variables()
        .containsEntry(TravelProcess.VAR_DECLARATION_DUE, at(LocalDateTime.of(2026, 12, 6, 14, 0)));
  }

  @Test
  void anOverdueReturnReportRemindsTheRequesterAndTellsTheHeadOnce() {
    // Back on Friday 11: the report is due at the end of Monday 14, not on the weekend.
    ProcessInstance trip = request(Map.of(TravelProcess.VAR_RETURN_DATE, "2026-12-11"));
    complete(task(), withVariables(TravelProcess.VAR_APPROVED, true));
    execute(job("timer-departure-day"));
    Date due = at(LocalDateTime.of(2026, 12, 14, 23, 59, 59));
    assertThat(task()).hasDueDate(due);
    assertThat(dueDate(trip, "timer-return-report-overdue")).isEqualTo(due);

    setClock(LocalDateTime.of(2026, 12, 15, 0, 0));
    execute(job("timer-return-report-overdue"));

    assertThat(trip).hasPassed("notify-return-overdue", "end-return-overdue-notified")
        .isWaitingAt(TravelProcess.TASK_REPORT_RETURN);
    assertThat(outbox(trip, "TRAVEL_RETURN_REMINDER")).containsExactly("d1staff");
    assertThat(outbox(trip, "TRAVEL_RETURN_OVERDUE")).containsExactly("heads-district-1");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(trip.getId())
        .activityId("timer-return-report-overdue").count()).isZero();
  }

  @Test
  void declaredWithin24HoursOfComingBackButReportedLateIsNoViolation() {
    ProcessInstance trip = approvedAndDeparted("d1staff");
    setClock(LocalDateTime.of(2026, 12, 9, 10, 0)); // Wednesday: the return is reported three days late
    complete(task(), back(RETURNED_AT));
    // The clock would judge an unconfirmed declaration only 12 h after the task opened, not at once.
    assertThat(dueDate(trip, "timer-declaration-late")).isEqualTo(at(LocalDateTime.of(2026, 12, 9, 22, 0)));

    complete(task(), withVariables(TravelProcess.VAR_DECLARATION_REF, "TKYT-7",
        TravelProcess.VAR_DECLARED_AT, "2026-12-06T20:00+07:00"));

    assertThat(trip).hasPassed("gateway-declared-in-time").hasNotPassed("record-declared-late").isEnded();
    assertThat(lateDeclarations(trip)).isZero();
  }

  @Test
  void aLateDeclarationIsRecordedAtConfirmationTheConfirmationTimeWhenNoneIsGiven() {
    ProcessInstance trip = approvedAndBack("d1staff", false, false);
    setClock(LocalDateTime.of(2026, 12, 8, 9, 0)); // Tuesday, 38.5 h after coming back

    complete(task(), withVariables(TravelProcess.VAR_DECLARATION_REF, "TKYT-late"));

    assertThat(trip).hasPassed("record-declared-late").isEnded().variables()
        .containsEntry(TravelProcess.VAR_DECLARED_AT, "2026-12-08T09:00+07:00")
        .containsEntry(TravelProcess.VAR_DECLARED_LATE, true);
    assertThat(jdbc.queryForList("SELECT details FROM violation WHERE process_instance_id = ? AND type = "
        + "'LATE_HEALTH_DECLARATION'", String.class, trip.getId()))
        .singleElement().asString().contains("09:00 ngày 08/12/2026").contains("18:30 ngày 06/12/2026");
    assertThat(outbox(trip, "TRAVEL_LATE_DECLARATION")).containsExactly("heads-district-1");
  }

  @Test
  void theClockRecordsAnUnconfirmedDeclarationOnceAndTheTaskStaysOpen() {
    ProcessInstance trip = approvedAndBack("d1staff", false, false);

    execute(job("timer-declaration-late"));
    assertThat(lateDeclarations(trip)).isEqualTo(1);
    assertThat(trip).hasPassed("record-late-declaration", "end-late-recorded")
        .isWaitingAt(TravelProcess.TASK_CONFIRM_DECLARATION);

    setClock(LocalDateTime.of(2026, 12, 8, 9, 0));
    complete(task(), withVariables(TravelProcess.VAR_DECLARATION_REF, "TKYT-late",
        TravelProcess.VAR_DECLARED_AT, "2026-12-08T08:00+07:00"));
    assertThat(trip).hasPassed("record-declared-late").isEnded();
    assertThat(lateDeclarations(trip)).isEqualTo(1);
    assertThat(outbox(trip, "TRAVEL_LATE_DECLARATION")).containsExactly("heads-district-1");
  }

  @Test
  void aDeclarationTimeInTheFutureOrLongBeforeComingBackIsRefused() {
    ProcessInstance trip = approvedAndBack("d1staff", false, false);
    for (String declaredAt : List.of("2026-12-07T18:30+07:00", "2026-12-05T10:00+07:00", "chủ nhật")) {
      assertThatThrownBy(() -> complete(task(), withVariables(TravelProcess.VAR_DECLARATION_REF, "TKYT-1",
          TravelProcess.VAR_DECLARED_AT, declaredAt)))
          .as(declaredAt).isInstanceOf(ProcessEngineException.class).hasMessageContaining("declaredAt");
    }
    assertThat(trip).isWaitingAt(TravelProcess.TASK_CONFIRM_DECLARATION);
  }

  @Test
  void declaredOutbreakAreaStartsMonitoringWhichEndsCompleted() {
    ProcessInstance trip = approvedAndBack("d1staff", true, false);
    assertThat(trip).hasPassed("begin-monitoring").isWaitingAt(TravelProcess.TASK_ACKNOWLEDGE_MONITORING,
        TravelProcess.TASK_REPORT_SYMPTOMS, TravelProcess.TASK_CONFIRM_DECLARATION);
    assertThat(task(TravelProcess.TASK_ACKNOWLEDGE_MONITORING)).hasCandidateGroup("heads-district-1");

    complete(task(TravelProcess.TASK_ACKNOWLEDGE_MONITORING));
    complete(task(TravelProcess.TASK_REPORT_SYMPTOMS), withVariables(TravelProcess.VAR_SYMPTOMS, false));
    assertThat(trip).hasPassed("end-monitoring-acknowledged", "gateway-symptoms-found")
        .isWaitingAt(TravelProcess.TASK_REPORT_SYMPTOMS);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(trip.getId()).activityId(TravelProcess.TASK_REPORT_SYMPTOMS).count()).isEqualTo(2);

    execute(job("timer-monitoring-over"));
    complete(task(TravelProcess.TASK_CONFIRM_DECLARATION), withVariables(TravelProcess.VAR_DECLARATION_REF, "T1"));
    assertThat(trip).hasPassed("timer-monitoring-over", "end-completed").isEnded()
        .variables().containsEntry(TravelProcess.VAR_OUTCOME, "COMPLETED");
  }

  @Test
  void destinationInTheOutbreakRegisterStartsMonitoringAndTheApproverIsWarned() {
    jdbc.update("INSERT INTO outbreak_area (area, province, announced_by, active_from, active_to, created_by, "
        + "created_at) VALUES ('Đà Lạt', 'Lâm Đồng', 'CDC Lâm Đồng', DATE '2026-12-01', NULL, 'healthhead', "
        + "CURRENT_TIMESTAMP)");
    try {
      ProcessInstance trip = request("d1staff", "Thành phố Da Lat");
      assertThat(trip).variables().extractingByKey(TravelProcess.VAR_OUTBREAK_WARNING).asString()
          .contains("Đà Lạt, Lâm Đồng (CDC Lâm Đồng)");
      complete(task(), withVariables(TravelProcess.VAR_APPROVED, true));
      returnHome(trip, false, false);
      assertThat(trip).hasPassed("begin-monitoring").isWaitingAt(TravelProcess.TASK_REPORT_SYMPTOMS,
          TravelProcess.TASK_ACKNOWLEDGE_MONITORING, TravelProcess.TASK_CONFIRM_DECLARATION);
    } finally {
      jdbc.update("DELETE FROM outbreak_area WHERE area = 'Đà Lạt'");
    }
  }

  @Test
  void symptomsDuringMonitoringGoToTheWardHealthStationAndTheDepartmentOfHealth() {
    ProcessInstance trip = approvedAndBack("bnstaff", true, false);

    complete(task(TravelProcess.TASK_REPORT_SYMPTOMS), withVariables(TravelProcess.VAR_SYMPTOMS, true));

    assertThat(trip).hasPassed("end-symptoms-reported", "error-symptoms", "report-isolation")
        .isWaitingAt(TravelProcess.TASK_ARRANGE_ISOLATION).variables()
        .containsEntry(TravelProcess.VAR_HEALTH_SERVICE_NAME, "Trạm Y tế Phường Bến Nghé");
    assertThat(outbox(trip, "TRAVEL_ISOLATION")).containsExactlyInAnyOrder("tramyte.bennghe@congvu.example.vn",
        "members-health-dept", "heads-ben-nghe");
    assertThat(task(TravelProcess.TASK_ARRANGE_ISOLATION)).hasCandidateGroup("heads-ben-nghe")
        .hasName("Bố trí công việc khi cán bộ tự cách ly: Bùi Quốc Huy");
    finishIsolation(trip);
  }

  @Test
  void symptomsAtReturnGoToTheDistrictHealthCentreAndTheHeadArrangesTheWork() {
    ProcessInstance trip = approvedAndBack("d1staff", true, true);
    assertThat(trip).hasNotPassed("begin-monitoring").isWaitingAt(TravelProcess.TASK_ARRANGE_ISOLATION);
    assertThat(jdbc.queryForList("SELECT recipient_type || ' ' || recipient FROM notification_outbox WHERE "
        + "process_instance_id = ? AND kind = 'TRAVEL_ISOLATION'", String.class, trip.getId()))
        .contains("ADDRESS ttyt.quan1@congvu.example.vn", "GROUP members-health-dept");

    assertThatThrownBy(() -> complete(task(TravelProcess.TASK_ARRANGE_ISOLATION)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("arrangements");
    finishIsolation(trip);
  }

  @Test
  void returnReportNeedsAReadableTime() {
    ProcessInstance trip = approvedAndDeparted("d1staff");

    assertThatThrownBy(() -> complete(task(), back("hôm qua")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("returnedAt");
    assertThat(trip).isWaitingAt(TravelProcess.TASK_REPORT_RETURN);
  }

  @Test
  void invalidStartLeavesNoInstance() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> request(Map.of(TravelProcess.VAR_DEPARTURE_DATE, "2026-12-06",
        TravelProcess.VAR_RETURN_DATE, "2026-12-05")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("returnDate");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  private void finishIsolation(ProcessInstance trip) {
    complete(task(TravelProcess.TASK_ARRANGE_ISOLATION),
        withVariables(TravelProcess.VAR_ARRANGEMENTS, "Làm việc từ xa 14 ngày, đồng chí Dũng trực thay"));
    complete(task(TravelProcess.TASK_CONFIRM_DECLARATION), withVariables(TravelProcess.VAR_DECLARATION_REF, "T2"));
    assertThat(trip).hasPassed("arrange-isolation", "end-completed").isEnded()
        .variables().containsEntry(TravelProcess.VAR_OUTCOME, "ISOLATION");
  }

  private ProcessInstance approvedAndBack(String requester, boolean outbreak, boolean symptoms) {
    ProcessInstance trip = approved(requester);
    returnHome(trip, outbreak, symptoms);
    return trip;
  }

  private ProcessInstance approved(String requester) {
    ProcessInstance trip = request(requester, "Đà Nẵng");
    complete(task(), withVariables(TravelProcess.VAR_APPROVED, true));
    return trip;
  }

  private ProcessInstance approvedAndDeparted(String requester) {
    ProcessInstance trip = approved(requester);
    setClock(LocalDateTime.of(2026, 12, 5, 0, 0));
    execute(job("timer-departure-day"));
    assertThat(trip).isWaitingAt(TravelProcess.TASK_REPORT_RETURN);
    return trip;
  }

  /** Back on Sunday 18:30, reported an hour later. */
  private void returnHome(ProcessInstance trip, boolean outbreak, boolean symptoms) {
    setClock(LocalDateTime.of(2026, 12, 5, 0, 0));
    execute(job("timer-departure-day"));
    assertThat(trip).isWaitingAt(TravelProcess.TASK_REPORT_RETURN);
    setClock(LocalDateTime.of(2026, 12, 6, 19, 30));
    complete(task(), withVariables(TravelProcess.VAR_RETURNED_AT, RETURNED_AT,
        TravelProcess.VAR_VISITED_OUTBREAK_AREA, outbreak, TravelProcess.VAR_SYMPTOMS, symptoms));
    Date dayAfter = at(LocalDateTime.of(2026, 12, 7, 18, 30));
    assertThat(trip).hasPassed("assess-return").variables().containsEntry(TravelProcess.VAR_DECLARATION_DUE, dayAfter)
        .containsEntry(TravelProcess.VAR_DECLARATION_CHECK_AT, dayAfter).containsEntry(
            TravelProcess.VAR_DECLARATION_WINDOW, "Về đến thành phố lúc 18:30 ngày 06/12/2026, hạn khai báo y tế 18:30 "
                + "ngày 07/12/2026");
  }

  private static Map<String, Object> back(String returnedAt) {
    return withVariables(TravelProcess.VAR_RETURNED_AT, returnedAt, TravelProcess.VAR_VISITED_OUTBREAK_AREA, false,
        TravelProcess.VAR_SYMPTOMS, false);
  }

  private ProcessInstance request(String requester, String destination) {
    return request(Map.of(TravelProcess.VAR_REQUESTER_ID, requester, TravelProcess.VAR_DESTINATION, destination));
  }

  /** d1staff's weekend trip to Huế, with what the test changes. */
  private ProcessInstance request(Map<String, Object> changes) {
    Map<String, Object> variables = new HashMap<>(Map.of(TravelProcess.VAR_REQUESTER_ID, "d1staff",
        TravelProcess.VAR_DESTINATION, "Huế", TravelProcess.VAR_DEPARTURE_DATE, "2026-12-05",
        TravelProcess.VAR_RETURN_DATE, "2026-12-06", TravelProcess.VAR_REASON, "Thăm gia đình"));
    variables.putAll(changes);
    ProcessInstance trip = engine.getRuntimeService().startProcessInstanceByKey(TravelProcess.KEY, variables);
    assertThat(trip).isStarted(); // later task() and job() calls refer to this instance
    return trip;
  }

  private Date dueDate(ProcessInstance trip, String timer) {
    return engine.getManagementService().createJobQuery().processInstanceId(trip.getId()).activityId(timer)
        .singleResult().getDuedate();
  }

  private int lateDeclarations(ProcessInstance trip) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM violation WHERE process_instance_id = ? AND type = "
        + "'LATE_HEALTH_DECLARATION'", Integer.class, trip.getId());
  }

  /** 8 working hours from Friday 09:00: 6.5 h are left on Friday (lunch excluded), so Monday 09:00. */
  private static Date workingDeadline() {
    return Date.from(LocalDateTime.of(2026, 12, 7, 9, 0).atZone(VN).toInstant());
  }
}
