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

  @BeforeEach
  void startAtNow() {
    setClock(NOW);
  }

  @Test
  void approvedTripWithoutIncidentEndsCompleted() {
    ProcessInstance trip = request("d1staff", "Vũng Tàu");
    assertThat(trip).isWaitingAt(TravelProcess.TASK_APPROVE);
    assertThat(task()).hasCandidateGroup("heads-district-1").hasDueDate(workingDeadline());
    assertThat(trip).variables().containsEntry(TravelProcess.VAR_REQUESTER_NAME, "Phạm Thị Lan");
    assertThat(trip.getBusinessKey()).matches("DN-2026-\\d{6}");
    assertThat(outbox(trip, "TRAVEL_REQUESTED")).containsExactly("heads-district-1");

    complete(task(), withVariables(TravelProcess.VAR_APPROVED, true));
    assertThat(trip).hasPassed("notify-approval").isWaitingAt("timer-return-date");

    returnHome(trip, false, false);
    assertThat(trip).isWaitingAt(TravelProcess.TASK_CONFIRM_DECLARATION);
    assertThat(task()).isAssignedTo("d1staff");

    complete(task(), withVariables(TravelProcess.VAR_DECLARATION_REF, "TKYT-123"));
    assertThat(outbox(trip, "TRAVEL_APPROVED")).containsExactly("d1staff");
    assertThat(trip).hasPassed("gateway-health", "join-health", "end-completed").hasNotPassed("begin-monitoring").isEnded()
        .variables().containsEntry(TravelProcess.VAR_OUTCOME, "COMPLETED");
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
    assertThat(trip).isWaitingAt("timer-return-date");
  }

  @Test
  void undecidedRequestExpiresAtDeparture() {
    ProcessInstance trip = request("d1staff", "Nha Trang");

    execute(job("timer-departure-reached"));

    assertThat(trip).hasPassed("expire-travel-request", "end-expired").isEnded()
        .variables().containsEntry(TravelProcess.VAR_OUTCOME, "EXPIRED");
  }

  @Test
  void lateDeclarationIsRecordedAndTheTaskStaysOpen() {
    ProcessInstance trip = approvedAndBack("d1staff", false, false);

    execute(job("timer-declaration-late"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM violation WHERE process_instance_id = ? AND user_id = "
        + "'d1staff' AND type = 'LATE_HEALTH_DECLARATION'", Integer.class, trip.getId())).isEqualTo(1);

    assertThat(trip).hasPassed("record-late-declaration", "end-late-recorded")
        .isWaitingAt(TravelProcess.TASK_CONFIRM_DECLARATION);
    complete(task(), withVariables(TravelProcess.VAR_DECLARATION_REF, "TKYT-late"));
    assertThat(trip).isEnded();
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
  void symptomsDuringMonitoringLeadToIsolation() {
    ProcessInstance trip = approvedAndBack("d1staff", true, false);

    complete(task(TravelProcess.TASK_REPORT_SYMPTOMS), withVariables(TravelProcess.VAR_SYMPTOMS, true));

    assertThat(trip).hasPassed("end-symptoms-reported", "error-symptoms", "report-isolation")
        .isWaitingAt(TravelProcess.TASK_ARRANGE_ISOLATION);
    assertThat(outbox(trip, "TRAVEL_ISOLATION")).containsExactlyInAnyOrder("members-health-dept", "heads-district-1");
    assertThat(task(TravelProcess.TASK_ARRANGE_ISOLATION)).hasCandidateGroup("heads-district-1");
    finishIsolation(trip);
  }

  @Test
  void symptomsAtReturnLeadToIsolation() {
    ProcessInstance trip = approvedAndBack("d1staff", true, true);
    assertThat(trip).hasNotPassed("begin-monitoring").isWaitingAt(TravelProcess.TASK_ARRANGE_ISOLATION);

    assertThatThrownBy(() -> complete(task(TravelProcess.TASK_ARRANGE_ISOLATION)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("arrangements");
    finishIsolation(trip);
  }

  @Test
  void returnReportNeedsAReadableTime() {
    ProcessInstance trip = request("d1staff", "Huế");
    complete(task(), withVariables(TravelProcess.VAR_APPROVED, true));
    execute(job("timer-return-date"));

    assertThatThrownBy(() -> complete(task(), withVariables(TravelProcess.VAR_RETURNED_AT, "hôm qua",
        TravelProcess.VAR_VISITED_OUTBREAK_AREA, false, TravelProcess.VAR_SYMPTOMS, false)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("returnedAt");
    assertThat(trip).isWaitingAt(TravelProcess.TASK_REPORT_RETURN);
  }

  @Test
  void invalidStartLeavesNoInstance() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(TravelProcess.KEY,
        Map.of(TravelProcess.VAR_REQUESTER_ID, "d1staff", TravelProcess.VAR_DESTINATION, "Huế",
            TravelProcess.VAR_DEPARTURE_DATE, "2026-12-06", TravelProcess.VAR_RETURN_DATE, "2026-12-05",
            TravelProcess.VAR_REASON, "Thăm gia đình")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("returnDate");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  private void finishIsolation(ProcessInstance trip) {
    complete(task(TravelProcess.TASK_ARRANGE_ISOLATION),
        withVariables(TravelProcess.VAR_ARRANGEMENTS, "Cách ly tại nhà, y tế phường theo dõi"));
    complete(task(TravelProcess.TASK_CONFIRM_DECLARATION), withVariables(TravelProcess.VAR_DECLARATION_REF, "T2"));
    assertThat(trip).hasPassed("arrange-isolation", "end-completed").isEnded()
        .variables().containsEntry(TravelProcess.VAR_OUTCOME, "ISOLATION");
  }

  private ProcessInstance approvedAndBack(String requester, boolean outbreak, boolean symptoms) {
    ProcessInstance trip = request(requester, "Đà Nẵng");
    complete(task(), withVariables(TravelProcess.VAR_APPROVED, true));
    returnHome(trip, outbreak, symptoms);
    return trip;
  }

  private void returnHome(ProcessInstance trip, boolean outbreak, boolean symptoms) {
    setClock(LocalDateTime.of(2026, 12, 6, 0, 0));
    execute(job("timer-return-date"));
    assertThat(trip).isWaitingAt(TravelProcess.TASK_REPORT_RETURN);
    setClock(LocalDateTime.of(2026, 12, 6, 19, 30));
    complete(task(), withVariables(TravelProcess.VAR_RETURNED_AT, "2026-12-06T18:30+07:00",
        TravelProcess.VAR_VISITED_OUTBREAK_AREA, outbreak, TravelProcess.VAR_SYMPTOMS, symptoms));
    assertThat(trip).hasPassed("assess-return").variables()
        .containsEntry(TravelProcess.VAR_DECLARATION_DUE,
            Date.from(LocalDateTime.of(2026, 12, 7, 18, 30).atZone(VN).toInstant()));
  }

  private ProcessInstance request(String requester, String destination) {
    ProcessInstance trip = engine.getRuntimeService().startProcessInstanceByKey(TravelProcess.KEY, Map.of(
        TravelProcess.VAR_REQUESTER_ID, requester, TravelProcess.VAR_DESTINATION, destination,
        TravelProcess.VAR_DEPARTURE_DATE, "2026-12-05", TravelProcess.VAR_RETURN_DATE, "2026-12-06",
        TravelProcess.VAR_REASON, "Thăm gia đình"));
    assertThat(trip).isStarted(); // later task() and job() calls refer to this instance
    return trip;
  }

  /** 8 working hours from Friday 09:00: 6.5 h are left on Friday (lunch excluded), so Monday 09:00. */
  private static Date workingDeadline() {
    return Date.from(LocalDateTime.of(2026, 12, 7, 9, 0).atZone(VN).toInstant());
  }
}
