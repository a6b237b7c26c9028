package vn.gov.congvu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

/** Diagrams say "working PT8H" for working time; a plain duration stays clock time. */
class WorkingTimeInTheEngineTest extends ApplicationTest {

  @Autowired
  ProcessEngine engine;

  private String deploymentId;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void dueDatesAndTimersHonourTheWorkCalendar() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("working-time-probe").camundaHistoryTimeToLive(1)
        .startEvent().userTask("decide").camundaDueDate("working PT8H")
        .boundaryEvent("working-deadline").cancelActivity(false).timerWithDuration("working PT8H").endEvent()
        .moveToActivity("decide").boundaryEvent("clock-deadline").cancelActivity(false).timerWithDuration("PT8H")
        .endEvent().moveToActivity("decide").endEvent().done();
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", model).deploy()
        .getId();
    ClockUtil.setCurrentTime(Date.from(WorkCalendarTest.at(2026, 12, 4, 9, 0)));

    String instance = engine.getRuntimeService().startProcessInstanceByKey("working-time-probe").getId();

    Date monday9 = Date.from(WorkCalendarTest.at(2026, 12, 7, 9, 0));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getDueDate())
        .isEqualTo(monday9);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId("working-deadline").singleResult().getDuedate()).isEqualTo(monday9);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId("clock-deadline").singleResult().getDuedate())
        .isEqualTo(Date.from(WorkCalendarTest.at(2026, 12, 4, 17, 0)));
  }
}
