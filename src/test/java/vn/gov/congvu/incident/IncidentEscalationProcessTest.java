package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.gov.congvu.support.ProcessTest;

/** Every path of incident-escalation (rules E1–E5), deadlines driven by executing their timer jobs. */
class IncidentEscalationProcessTest extends ProcessTest {

  @Test
  void dutyOfficerResolvesALowCase() {
    ProcessInstance incident = report("ben-nghe", "OTHER", "LOW");
    assertThat(incident).isWaitingAt(IncidentProcess.TASK_HANDLE).variables()
        .containsEntry(IncidentProcess.VAR_LEVEL, "UNIT_DUTY").containsEntry(IncidentProcess.VAR_LEVEL_SLA, "PT24H");
    assertThat(task()).hasCandidateGroup("duty-ben-nghe");
    // The case at a glance in the task list: reference, kind, severity and unit in words.
    assertThat(task().getName()).startsWith("Xử lý sự việc SV-")
        .endsWith(": Khác, mức độ thấp – Ủy ban nhân dân Phường Bến Nghé");

    complete(task(), decision("RESOLVED", "Đã nhắc nhở, khắc phục"));

    assertThat(incident).hasPassed("resolve-incident", "join-urgent", "join-health-notice", "end-resolved")
        .hasNotPassed("acknowledge-urgent-report", "notify-health-department", "record-violations").isEnded()
        .variables().doesNotContainKey(IncidentProcess.VAR_VIOLATION_FOUND)
        .containsEntry(IncidentProcess.VAR_OUTCOME, "RESOLVED")
        .containsEntry(IncidentProcess.VAR_RESOLVED_LEVEL, "UNIT_DUTY")
        .containsEntry(IncidentProcess.VAR_ESCALATIONS, 0);
  }

  @Test
  void escalationWalksTheWardChainToTheCity() {
    ProcessInstance incident = report("ben-nghe", "OTHER", "HIGH");
    String[][] chain = {{"UNIT_DUTY", "duty-ben-nghe"}, {"UNIT_HEAD", "heads-ben-nghe"},
        {"DISTRICT", "heads-district-1"}, {"HOME_AFFAIRS", "members-home-affairs"},
        {"CITY", "heads-city-committee"}};
    for (int i = 0; i < chain.length; i++) {
      assertThat(incident).variables().containsEntry(IncidentProcess.VAR_LEVEL, chain[i][0]);
      assertThat(task()).hasCandidateGroup(chain[i][1]);
      if (i < chain.length - 1) {
        String action = "Vượt thẩm quyền cấp " + chain[i][0];
        complete(task(), chain[i][0].equals("HOME_AFFAIRS") ? advised(action) : escalate(action));
      }
    }
    assertThatThrownBy(() -> complete(task(), escalate("Không thể")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");

    complete(task(), decision("RESOLVED", "Chủ tịch chỉ đạo xử lý"));
    assertThat(incident).isEnded().variables().containsEntry(IncidentProcess.VAR_RESOLVED_LEVEL, "CITY")
        .containsEntry(IncidentProcess.VAR_ESCALATIONS, 4);
    assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(incident.getId()).variableName(IncidentProcess.VAR_HISTORY).singleResult().getValue())
        .contains("Vượt thẩm quyền cấp UNIT_DUTY").contains("DISTRICT").contains("Chủ tịch chỉ đạo xử lý");
  }

  @Test
  void theDecisionFlagIsNeitherStoredNorInTheHistory() {
    ProcessInstance incident = report("ben-nghe", "OTHER", "LOW");
    complete(task(), decision("ESCALATE", "Chuyển lên"));
    complete(task(), decision("RESOLVED", "Xong"));

    assertThat(incident).isEnded().variables().containsEntry(IncidentProcess.VAR_RESOLVED_LEVEL, "UNIT_HEAD");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
        .variableName(IncidentProcess.VAR_ESCALATED).count()).isZero();
  }

  @Test
  void anInstanceStartedWithAStoredDecisionFlagStillEscalates() {
    ProcessInstance incident = report("ben-nghe", "OTHER", "LOW");
    engine.getRuntimeService().setVariable(incident.getId(), IncidentProcess.VAR_ESCALATED, false);

    complete(task(), decision("ESCALATE", "Chuyển lên"));

    assertThat(incident).isWaitingAt(IncidentProcess.TASK_HANDLE).variables()
        .containsEntry(IncidentProcess.VAR_LEVEL, "UNIT_HEAD").containsEntry(IncidentProcess.VAR_ESCALATED, true);
  }

  @Test
  void missedDeadlineEscalatesByItself() {
    ProcessInstance incident = report("ben-nghe", "OTHER", "HIGH");

    execute(job("timer-level-deadline"));

    assertThat(incident).hasPassed("record-sla-breach").isWaitingAt(IncidentProcess.TASK_HANDLE).variables()
        .containsEntry(IncidentProcess.VAR_LEVEL, "UNIT_HEAD").containsEntry(IncidentProcess.VAR_ESCALATIONS, 1);
    assertThat((String) engine.getRuntimeService().getVariable(incident.getId(), IncidentProcess.VAR_HISTORY))
        .contains("SLA_BREACH");
    assertThat(task()).hasCandidateGroup("heads-ben-nghe");
  }

  @Test
  void aLevelLeftWithNobodyGoesUpWithoutWaitingForItsDeadline() {
    ProcessInstance incident = report("ben-nghe", "OTHER", "LOW");

    engine.getRuntimeService().createMessageCorrelation(IncidentProcess.MESSAGE_LEVEL_VACATED)
        .processInstanceId(incident.getId()).correlate();

    assertThat(incident).hasPassed("record-level-vacated").isWaitingAt(IncidentProcess.TASK_HANDLE).variables()
        .containsEntry(IncidentProcess.VAR_LEVEL, "UNIT_HEAD").containsEntry(IncidentProcess.VAR_ESCALATIONS, 1);
    assertThat((String) engine.getRuntimeService().getVariable(incident.getId(), IncidentProcess.VAR_HISTORY))
        .contains(IncidentProcess.REASON_LEVEL_VACATED);
    assertThat(task()).hasCandidateGroup("heads-ben-nghe");
  }

  @Test
  void missedDeadlineAtTheCityRemindsTheChairman() {
    ProcessInstance incident = report("district-1", "OTHER", "CRITICAL");
    complete(task(IncidentProcess.TASK_HANDLE), escalate("Chuyển lên"));
    complete(task(IncidentProcess.TASK_HANDLE), escalate("Chuyển lên"));
    complete(task(IncidentProcess.TASK_HANDLE), advised("Trình Thành phố"));
    assertThat(incident).variables().containsEntry(IncidentProcess.VAR_LEVEL, "CITY");

    execute(job("timer-level-deadline"));

    assertThat(incident).isWaitingAt(IncidentProcess.TASK_HANDLE).variables()
        .containsEntry(IncidentProcess.VAR_LEVEL, "CITY").containsEntry(IncidentProcess.VAR_ESCALATIONS, 3);
    assertThat((String) engine.getRuntimeService().getVariable(incident.getId(), IncidentProcess.VAR_HISTORY))
        .contains("nhắc lại");
  }

  @Test
  void criticalCaseIsReportedToHomeAffairsAtOnce() {
    ProcessInstance incident = report("ben-nghe", "OTHER", "CRITICAL");
    assertThat(incident).hasPassed("notify-urgent-report")
        .isWaitingAt(IncidentProcess.TASK_HANDLE, IncidentProcess.TASK_ACKNOWLEDGE_URGENT);
    assertThat(task(IncidentProcess.TASK_ACKNOWLEDGE_URGENT)).hasCandidateGroup("members-home-affairs");
    // Due within a working hour: the urgent report sorts with the urgent work, not last.
    assertThat(task(IncidentProcess.TASK_ACKNOWLEDGE_URGENT).getDueDate())
        .isAfter(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());

    complete(task(IncidentProcess.TASK_HANDLE), decision("RESOLVED", "Đã xử lý"));
    assertThat(incident).isWaitingAt(IncidentProcess.TASK_ACKNOWLEDGE_URGENT);
    complete(task(IncidentProcess.TASK_ACKNOWLEDGE_URGENT));
    assertThat(incident).isEnded();
  }

  @Test
  void infectionCaseIsUrgentWhateverItsSeverityAndTheDepartmentOfHealthIsToldAtOnce() {
    ProcessInstance incident = report("an-khanh", "INFECTION", "LOW");
    assertThat(incident).hasPassed("notify-urgent-report", "notify-health-department", "join-health-notice")
        .isWaitingAt(IncidentProcess.TASK_HANDLE, IncidentProcess.TASK_ACKNOWLEDGE_URGENT);
    assertThat(task(IncidentProcess.TASK_HANDLE)).hasCandidateGroup("heads-an-khanh");
    assertThat(task(IncidentProcess.TASK_ACKNOWLEDGE_URGENT).getName()).startsWith("Tiếp nhận báo cáo khẩn SV-")
        .endsWith(": Ca nhiễm COVID-19, mức độ thấp – Ủy ban nhân dân Phường An Khánh");
    assertThat(outbox(incident, "INCIDENT_HEALTH_NOTICE")).containsExactly("members-health-dept");
    assertThat(outbox(incident, "INCIDENT_URGENT_REPORT")).containsExactly("members-home-affairs");
    // Mails in plain Vietnamese: the case's codes are written as their labels.
    List<Map<String, Object>> mails = jdbc.queryForList("SELECT subject, body FROM notification_outbox "
        + "WHERE process_instance_id = ?", incident.getId());
    assertThat(mails).hasSize(3).allSatisfy(mail -> assertThat(mail.get("subject") + "\n" + mail.get("body"))
        .doesNotContain("INFECTION", "LOW", "UNIT_HEAD", "PRESS").contains("Mức độ: Thấp", "Ca nhiễm COVID-19"));
    assertThat(mails).extracting(mail -> (String) mail.get("subject")).contains(
        "Báo cáo khẩn: Ca nhiễm COVID-19 tại Ủy ban nhân dân Phường An Khánh",
        "Sự việc cần xử lý, mức độ thấp: Ủy ban nhân dân Phường An Khánh");
  }

  @Test
  void aStaffViolationCaseCanBeClosedWithNoViolationFound() {
    ProcessInstance incident = report("ben-nghe", "STAFF_VIOLATION", "LOW");
    assertThatThrownBy(() -> complete(task(), decision("RESOLVED", "Đã kiểm tra")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("violationFound");
    assertThatThrownBy(() -> complete(task(), resolved(false, "bnstaff", null, null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("violatorId");

    complete(task(), resolved(false, null, null, null));

    assertThat(incident).hasPassed("resolve-incident", "gateway-violation-found").hasNotPassed("record-violations")
        .isEnded().variables().containsEntry(IncidentProcess.VAR_VIOLATION_FOUND, false);
    assertThat(registered(incident)).isEmpty();
    assertThat(history(incident)).contains("Không phát hiện vi phạm");
  }

  @Test
  void eachViolatorBecomesOneRegisterEntryWithTheFormOfHandling() {
    ProcessInstance incident = report("district-1", "STAFF_VIOLATION", "HIGH");

    complete(task(), resolved(true, "d1staff", "bnstaff, d1staff ,bnduty", "KHIEN_TRACH"));

    assertThat(incident).hasPassed("record-violations").isEnded();
    assertThat(registered(incident)).containsExactlyInAnyOrder("d1staff KHIEN_TRACH Kiểm điểm",
        "bnstaff KHIEN_TRACH Kiểm điểm", "bnduty KHIEN_TRACH Kiểm điểm");
    assertThat(history(incident)).contains("Cán bộ vi phạm: d1staff, bnstaff, bnduty; hình thức xử lý: Khiển trách");
  }

  @Test
  void aNamedViolatorMeansAViolationFoundLeftToTheCompetentAuthority() {
    ProcessInstance incident = report("ben-nghe", "STAFF_VIOLATION", "LOW");
    assertRefused(resolved(null, "ghost", null, null), "violatorId");
    assertRefused(resolved(null, "akhead", null, null), "violatorId"); // An Khánh is not below Bến Nghé
    assertRefused(resolved(true, null, "bnstaff", null), "violatorId");
    assertRefused(resolved(true, "bnstaff", "ghost", null), "otherViolatorIds");
    assertRefused(resolved(true, "bnstaff", null, "PHAT_TIEN"), "handling");
    assertRefused(resolved("có", "bnstaff", null, null), "violationFound");

    complete(task(), resolved(null, "bnstaff", null, null));
    assertThat(incident).isEnded().variables().containsEntry(IncidentProcess.VAR_VIOLATOR_ID, "bnstaff")
        .containsEntry(IncidentProcess.VAR_VIOLATION_FOUND, true);
    assertThat(registered(incident)).containsExactly("bnstaff CHO_XEM_XET Kiểm điểm");
  }

  @Test
  void homeAffairsAdvisesAndTheCityDecides() {
    ProcessInstance incident = report("district-1", "OTHER", "HIGH");
    complete(task(), escalate("Vượt thẩm quyền đơn vị"));
    complete(task(), escalate("Vượt thẩm quyền quận"));
    assertThat(incident).variables().containsEntry(IncidentProcess.VAR_LEVEL, "HOME_AFFAIRS");

    assertThatThrownBy(() -> complete(task(), decision("ESCALATE", "Trình Thành phố")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("advice");
    complete(task(), withVariables(IncidentProcess.VAR_DECISION, "ESCALATE", IncidentProcess.VAR_ACTION_TAKEN,
        "Đã tổng hợp", IncidentProcess.VAR_ADVICE, "Đề nghị kiểm điểm trách nhiệm người đứng đầu"));

    assertThat(incident).variables().containsEntry(IncidentProcess.VAR_LEVEL, "CITY")
        .containsEntry(IncidentProcess.VAR_ADVICE, "Đề nghị kiểm điểm trách nhiệm người đứng đầu");
    assertThat(task()).hasCandidateGroup("heads-city-committee");
    assertThat(history(incident)).contains("Đã tổng hợp. Sở Nội vụ tham mưu, đề xuất: Đề nghị kiểm điểm");
    assertThat(jdbc.queryForObject("SELECT body FROM notification_outbox WHERE process_instance_id = ? AND kind = "
        + "'INCIDENT_ESCALATED' AND recipient = 'heads-city-committee'", String.class, incident.getId()))
        .contains("Sở Nội vụ tham mưu, đề xuất: Đề nghị kiểm điểm trách nhiệm người đứng đầu");
    complete(task(), decision("RESOLVED", "Chủ tịch chỉ đạo kiểm điểm"));
    assertThat(incident).isEnded().variables().containsEntry(IncidentProcess.VAR_RESOLVED_LEVEL, "CITY");
  }

  @Test
  void homeAffairsMayResolveACaseWithinItsRemitWithoutAdvice() {
    ProcessInstance incident = report("district-1", "OTHER", "HIGH");
    assertThatThrownBy(() -> complete(task(), advised("Chuyển lên")))
        .as("advice is Home Affairs' alone").isInstanceOf(ProcessEngineException.class).hasMessageContaining("advice");
    complete(task(), escalate("Chuyển lên"));
    complete(task(), escalate("Chuyển lên"));

    complete(task(), decision("RESOLVED", "Thuộc thẩm quyền của Sở, đã hướng dẫn đơn vị"));

    assertThat(incident).isEnded().variables().containsEntry(IncidentProcess.VAR_RESOLVED_LEVEL, "HOME_AFFAIRS")
        .doesNotContainKey(IncidentProcess.VAR_ADVICE);
  }

  @Test
  void invalidReportLeavesNoInstance() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY,
        Map.of(IncidentProcess.VAR_UNIT_ID, "atlantis", IncidentProcess.VAR_SOURCE, "PRESS",
            IncidentProcess.VAR_CATEGORY, "OTHER", IncidentProcess.VAR_SEVERITY, "LOW",
            IncidentProcess.VAR_SUMMARY, "x")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("unitId");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  private ProcessInstance report(String unitId, String category, String severity) {
    ProcessInstance incident = engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY, Map.of(
        IncidentProcess.VAR_UNIT_ID, unitId, IncidentProcess.VAR_SOURCE, "PORTAL_1022",
        IncidentProcess.VAR_CATEGORY, category, IncidentProcess.VAR_SEVERITY, severity,
        IncidentProcess.VAR_SUMMARY, "Phản ánh qua Cổng 1022"));
    assertThat(incident).isStarted();
    return incident;
  }

  private static Map<String, Object> decision(String decision, String action) {
    return withVariables(IncidentProcess.VAR_DECISION, decision, IncidentProcess.VAR_ACTION_TAKEN, action);
  }

  private static void assertRefused(Map<String, Object> completion, String field) {
    assertThatThrownBy(() -> complete(task(), completion)).as(completion.toString())
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(field + ":");
  }

  private static Map<String, Object> escalate(String action) {
    return decision("ESCALATE", action);
  }

  /** Home Affairs passing a case to the City, with its advice. */
  private static Map<String, Object> advised(String action) {
    return withVariables(IncidentProcess.VAR_DECISION, "ESCALATE", IncidentProcess.VAR_ACTION_TAKEN, action,
        IncidentProcess.VAR_ADVICE, "Đề nghị Thành phố chỉ đạo");
  }

  /** Resolving a staff violation: found or not (null: not said), who, how handled (null: not given). */
  private static Map<String, Object> resolved(Object found, String violatorId, String others, String handling) {
    Map<String, Object> variables = new HashMap<>(decision("RESOLVED", "Kiểm điểm"));
    Map<String, Object> given = new HashMap<>();
    given.put(IncidentProcess.VAR_VIOLATION_FOUND, found);
    given.put(IncidentProcess.VAR_VIOLATOR_ID, violatorId);
    given.put(IncidentProcess.VAR_OTHER_VIOLATOR_IDS, others);
    given.put(IncidentProcess.VAR_HANDLING, handling);
    given.forEach((name, value) -> {
      if (value != null) {
        variables.put(name, value);
      }
    });
    return variables;
  }

  private List<String> registered(ProcessInstance incident) {
    return jdbc.queryForList("SELECT user_id || ' ' || handling || ' ' || details FROM violation WHERE "
        + "process_instance_id = ? AND type = 'STAFF_VIOLATION'", String.class, incident.getId());
  }

  private String history(ProcessInstance incident) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
        .variableName(IncidentProcess.VAR_HISTORY).singleResult().getValue();
  }
}
