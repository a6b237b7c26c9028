package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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

    complete(task(), decision("RESOLVED", "Đã nhắc nhở, khắc phục"));

    assertThat(incident).hasPassed("resolve-incident", "join-urgent", "end-resolved")
        .hasNotPassed("acknowledge-urgent-report").isEnded().variables()
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
        complete(task(), decision("ESCALATE", "Vượt thẩm quyền cấp " + chain[i][0]));
      }
    }
    assertThatThrownBy(() -> complete(task(), decision("ESCALATE", "Không thể")))
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
    for (int i = 0; i < 3; i++) {
      complete(task(IncidentProcess.TASK_HANDLE), decision("ESCALATE", "Chuyển lên"));
    }
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

    complete(task(IncidentProcess.TASK_HANDLE), decision("RESOLVED", "Đã xử lý"));
    assertThat(incident).isWaitingAt(IncidentProcess.TASK_ACKNOWLEDGE_URGENT);
    complete(task(IncidentProcess.TASK_ACKNOWLEDGE_URGENT));
    assertThat(incident).isEnded();
  }

  @Test
  void infectionCaseIsUrgentWhateverItsSeverity() {
    ProcessInstance incident = report("an-khanh", "INFECTION", "LOW");
    assertThat(incident).isWaitingAt(IncidentProcess.TASK_HANDLE, IncidentProcess.TASK_ACKNOWLEDGE_URGENT);
    assertThat(task(IncidentProcess.TASK_HANDLE)).hasCandidateGroup("heads-an-khanh");
  }

  @Test
  void resolvedStaffViolationNeedsADirectoryUserAsViolator() {
    ProcessInstance incident = report("ben-nghe", "STAFF_VIOLATION", "LOW");

    assertThatThrownBy(() -> complete(task(), decision("RESOLVED", "Kiểm điểm")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("violatorId");
    assertThatThrownBy(() -> complete(task(), withVariables(IncidentProcess.VAR_DECISION, "RESOLVED",
        IncidentProcess.VAR_ACTION_TAKEN, "Kiểm điểm", IncidentProcess.VAR_VIOLATOR_ID, "ghost")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("violatorId");

    complete(task(), withVariables(IncidentProcess.VAR_DECISION, "RESOLVED", IncidentProcess.VAR_ACTION_TAKEN,
        "Kiểm điểm, khiển trách", IncidentProcess.VAR_VIOLATOR_ID, "bnstaff"));
    assertThat(incident).isEnded().variables().containsEntry(IncidentProcess.VAR_VIOLATOR_ID, "bnstaff");
    assertThat(jdbc.queryForList("SELECT details FROM violation WHERE process_instance_id = ? AND user_id = 'bnstaff' "
        + "AND type = 'STAFF_VIOLATION'", String.class, incident.getId())).containsExactly("Kiểm điểm, khiển trách");
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
}
