package vn.gov.congvu.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.reporting.MonthlyReportingProcess;
import vn.gov.congvu.travel.TravelProcess;

/**
 * Stand-ins for the three processes while a key has no real diagram yet: a start event, one user task for a fixed
 * candidate group, an end event. They let the authorization rules be proven on the real keys.
 */
public final class ProbeProcesses {

  public static final String PROBE_GROUP = "heads-district-1";
  /** A process with one task for {@link #PROBE_GROUP}, to prove who sees and works a unit's task. */
  public static final String TASK_PROBE = "task-probe";

  private ProbeProcesses() {
  }

  public static void deployMissing(RepositoryService repository) {
    for (String key : new String[] {TravelProcess.KEY, IncidentProcess.KEY, MonthlyReportingProcess.KEY, TASK_PROBE}) {
      if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
        repository.createDeployment().name("probe-" + key).addModelInstance(key + ".bpmn", probe(key)).deploy();
      }
    }
  }

  public static BpmnModelInstance probe(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent("probe-start").userTask("probe-task").camundaCandidateGroups(PROBE_GROUP)
        .endEvent("probe-end").done();
  }
}
