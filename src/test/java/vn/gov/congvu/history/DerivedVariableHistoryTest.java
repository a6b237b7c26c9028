package vn.gov.congvu.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

/** Derived variables keep their last value but no row per change; what people entered keeps every row. */
class DerivedVariableHistoryTest extends ApplicationTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void anIncidentKeepsEveryDecisionButNotEachLevelChange() {
    String id = engine.getRuntimeService().startProcessInstanceByKey("incident-escalation", Map.of("unitId",
        "ben-nghe", "source", "PORTAL_1022", "category", "OTHER", "severity", "LOW", "summary", "Phản ánh")).getId();
    complete(id, Map.of("decision", "ESCALATE", "actionTaken", "Chuyển lên"));
    complete(id, Map.of("decision", "RESOLVED", "actionTaken", "Đã xử lý"));

    Map<String, Long> detailRows = detailRowsByName(id);
    // each level's decision, and its clearing when the case moved up
    assertThat(detailRows).containsEntry("decision", 3L).containsEntry("actionTaken", 3L)
        .containsEntry("summary", 1L).doesNotContainKeys("level", "levelIndex", "candidateGroup", "levelSla",
            "incidentHistory", "escalations", "unitName", "outcome", "resolvedLevel");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName("level").singleResult().getValue()).isEqualTo("UNIT_HEAD");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName("escalations").singleResult().getValue()).isEqualTo(1);
  }

  @Test
  void aValidatedRequestThatWasAlreadyCleanIsNotWrittenTwice() {
    String id = engine.getRuntimeService().startProcessInstanceByKey("incident-escalation", Map.of("unitId",
        "ben-nghe", "source", "PORTAL_1022", "category", "other", "severity", "LOW", "summary", "Phản ánh")).getId();

    Map<String, Long> detailRows = detailRowsByName(id);
    assertThat(detailRows).containsEntry("severity", 1L).containsEntry("category", 2L);
    assertThat(engine.getRuntimeService().getVariable(id, "category")).isEqualTo("OTHER");
  }

  @Test
  void aUnitReportTaskKeepsItsFiguresWithoutDetailRows() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2199-03-10T03:00:00Z"))); // periods up to the current month
    String cycle;
    try {
      cycle = engine.getRuntimeService().startProcessInstanceByMessage("monthly-report-requested", "2199-03",
          Map.of("period", "2199-03")).getId();
    } finally {
      ClockUtil.reset();
    }
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(cycle).list();
    assertThat(tasks).isNotEmpty();

    assertThat(detailRowsByName(cycle)).doesNotContainKeys("reportUnitName", "knownFigures", "submissionDue")
        .containsKey("reportUnitId");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(cycle)
        .variableName("reportUnitName").count()).isEqualTo(tasks.size());
    // The district process called by the cycle declares nothing of its own: the cycle's declaration covers it.
    String district = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle)
        .variableValueEquals("districtId", "district-1").singleResult().getId();
    assertThat(detailRowsByName(district)).doesNotContainKeys("reportUnitName", "knownFigures", "submissionDue")
        .containsKey("reportUnitId");
  }

  private void complete(String instanceId, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }

  private Map<String, Long> detailRowsByName(String instanceId) {
    List<HistoricDetail> details = engine.getHistoryService().createHistoricDetailQuery()
        .processInstanceId(instanceId).variableUpdates().list();
    return details.stream().map(d -> ((HistoricVariableUpdate) d).getVariableName())
        .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
  }

  @Test
  void onlyDeclaredNamesOfTheirOwnProcessAreDerived() {
    DerivedVariableHistoryHandler handler = new DerivedVariableHistoryHandler(Map.of("p", Set.of("a")),
        List.of(name -> name.startsWith("copy_")));
    assertThat(handler.isUnrecorded("copy_a")).isTrue();
    assertThat(handler.isUnrecorded("a")).isFalse();
    assertThat(handler.isDerived("p", "a")).isTrue();
    assertThat(handler.isDerived("p", "b")).isFalse();
    assertThat(handler.isDerived("q", "a")).isFalse();
    assertThat(handler.isDerived(null, "a")).isFalse();
  }
}
