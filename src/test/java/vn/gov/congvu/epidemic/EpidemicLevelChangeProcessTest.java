package vn.gov.congvu.epidemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.congvu.support.ProcessTest;

/** Every path of epidemic-level-change (W1–W4), the deadline driven by executing its job. */
class EpidemicLevelChangeProcessTest extends ProcessTest {

  /** Tuesday 1 December 2026, 09:00. */
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);
  /** Everyone seated in Phường Bến Nghé in the demo directory. */
  private static final List<String> BEN_NGHE_HEADS = List.of("heads-ben-nghe", "heads-city-committee",
      "heads-district-1", "heads-health-dept", "heads-home-affairs");

  @BeforeEach
  void startAtNow() {
    setClock(NOW);
    clearRegister();
  }

  @AfterEach
  void clearRegister() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EpidemicProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test"));
    jdbc.update("DELETE FROM unit_operating_mode");
    jdbc.update("DELETE FROM epidemic_level");
  }

  @Test
  void levelFourReachesEveryUnitSeatedInTheWardAndTheirAnswersAreKept() {
    ProcessInstance announcement = announce("ben-nghe", 4);

    assertThat(announcement).isWaitingAt(EpidemicProcess.TASK_ADJUST).variables()
        .containsEntry(EpidemicProcess.VAR_ON_SITE_CAP, 33)
        .containsEntry(EpidemicProcess.VAR_REQUIRED_RECEPTION, "URGENT_ONLY")
        .containsEntry(EpidemicProcess.VAR_REQUIRED_ONLINE_MEETINGS, true)
        .containsEntry(EpidemicProcess.VAR_LOWERED, false);
    assertThat(announcement.getBusinessKey()).matches("CD-2026-\\d{6}");
    assertThat(candidateGroups(announcement)).containsExactlyInAnyOrderElementsOf(BEN_NGHE_HEADS);
    assertThat(outbox(announcement, "EPIDEMIC_LEVEL_ANNOUNCED")).containsExactlyInAnyOrderElementsOf(BEN_NGHE_HEADS);
    Task bnTask = taskOf(announcement, "heads-ben-nghe");
    assertThat(bnTask.getName()).contains("Ủy ban nhân dân Phường Bến Nghé").contains("cấp độ 4");
    assertThat(bnTask.getDescription()).contains("33 %");

    assertThatThrownBy(() -> complete(bnTask, answer(50, null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(EpidemicProcess.VAR_ESSENTIAL_REASON);
    complete(bnTask, answer(50, "Trực chống dịch, tiếp nhận hồ sơ khai tử"));
    for (Task task : taskQuery().processInstanceId(announcement.getId()).list()) {
      complete(task, answer(30, null));
    }

    assertThat(announcement).hasPassed("record-announcement", "decide-operating-mode", "end-operations-adjusted")
        .hasNotPassed("escalate-adjustments", "notify-level-lowered").isEnded();
    assertThat(jdbc.queryForObject("SELECT on_site_percent FROM unit_operating_mode WHERE unit_id = 'ben-nghe'",
        Integer.class)).isEqualTo(50);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_operating_mode", Integer.class)).isEqualTo(5);
  }

  @Test
  void districtAnnouncementSkipsWardsWithALevelOfTheirOwn() {
    announce("ben-nghe", 2);
    ProcessInstance district = announce("district-1", 3);
    assertThat(candidateGroups(district)).isEmpty();
    assertThat(district).isEnded();

    ProcessInstance thuDuc = announce("thu-duc", 3);
    assertThat(candidateGroups(thuDuc)).containsExactlyInAnyOrder("heads-thu-duc", "heads-an-khanh");
  }

  @Test
  void unconfirmedUnitsGoToTheirSuperiorLeaderAfterOneWorkingDay() {
    ProcessInstance announcement = announce("an-khanh", 4);
    assertThat(announcement).isWaitingAt(EpidemicProcess.TASK_ADJUST);

    execute(job("timer-adjustment-due"));

    assertThat(announcement).hasPassed("escalate-adjustments", "end-escalated")
        .isWaitingAt(EpidemicProcess.TASK_ADJUST);
    assertThat(taskQuery().taskCandidateGroup("heads-thu-duc").processInstanceId(announcement.getId()).count())
        .isEqualTo(2); // its own task, and an-khanh's now in the district's hands
    assertThat(outbox(announcement, "EPIDEMIC_ADJUSTMENT_OVERDUE"))
        .containsExactlyInAnyOrder("heads-thu-duc", "heads-city-committee");
  }

  @Test
  void aLaterAnnouncementForTheSameAreaSupersedesTheEarlierOne() {
    ProcessInstance first = announce("an-khanh", 3);
    ProcessInstance second = announce("an-khanh", 4);

    assertThat(first).hasPassed("end-superseded").isEnded();
    assertThat(second).isWaitingAt(EpidemicProcess.TASK_ADJUST);
    assertThat(taskQuery().processDefinitionKey(EpidemicProcess.KEY).taskCandidateGroup("heads-an-khanh").count())
        .isEqualTo(1);
  }

  @Test
  void aLoweredLevelTellsTheUnitsTheyMayReturnToNormal() {
    ProcessInstance raised = announce("an-khanh", 4);
    ProcessInstance lowered = announce("an-khanh", 1);

    assertThat(raised).isEnded();
    assertThat(lowered).hasPassed("notify-level-lowered", "end-level-lowered").isEnded().variables()
        .containsEntry(EpidemicProcess.VAR_LOWERED, true);
    assertThat(outbox(lowered, "EPIDEMIC_LEVEL_LOWERED")).containsExactlyInAnyOrder("heads-an-khanh",
        "heads-thu-duc");
    assertThat(taskQuery().processDefinitionKey(EpidemicProcess.KEY).taskCandidateGroup("heads-an-khanh").count())
        .isZero();
  }

  private ProcessInstance announce(String area, int level) {
    return engine.getRuntimeService().startProcessInstanceByKey(EpidemicProcess.KEY, Map.of(
        EpidemicProcess.VAR_AREA_UNIT_ID, area, EpidemicProcess.VAR_LEVEL, level,
        EpidemicProcess.VAR_EFFECTIVE_FROM, "2026-12-02", EpidemicProcess.VAR_DECISION_REF, "123/QĐ-UBND"));
  }

  private static Map<String, Object> answer(int onSitePercent, String essentialReason) {
    Map<String, Object> answer = withVariables(EpidemicProcess.VAR_ON_SITE_PERCENT, onSitePercent,
        EpidemicProcess.VAR_WORK_FROM_HOME, 8, EpidemicProcess.VAR_CITIZEN_RECEPTION, "URGENT_ONLY",
        EpidemicProcess.VAR_ONLINE_MEETINGS, true);
    if (essentialReason != null) {
      answer.put(EpidemicProcess.VAR_ESSENTIAL_REASON, essentialReason);
    }
    return answer;
  }

  private List<String> candidateGroups(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).list().stream()
        .flatMap(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream())
        .map(link -> link.getGroupId()).filter(g -> g != null).toList();
  }

  private Task taskOf(ProcessInstance instance, String group) {
    return taskQuery().processInstanceId(instance.getId()).taskCandidateGroup(group).singleResult();
  }
}
