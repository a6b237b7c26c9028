package vn.gov.congvu.incident;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryChange;
import vn.gov.congvu.organization.DirectoryChangeListener;

/**
 * An incident waiting at a level whose group the directory just emptied goes up its chain at once (message
 * {@code incident-level-vacated} on the waiting task), in the directory change's transaction. With nothing above
 * (the City's own level) it stays, and the administrator sees it in Cockpit.
 */
@Component
record IncidentReroute(TaskService tasks, RuntimeService runtime, ChainPosition position)
    implements DirectoryChangeListener {

  private static final Logger LOG = LoggerFactory.getLogger(IncidentReroute.class);
  private static final int CHUNK = 500;

  @Override
  public void directoryChanged(DirectoryChange change) {
    List<String> groups = List.copyOf(change.emptiedGroups());
    for (int from = 0; from < groups.size(); from += CHUNK) {
      List<String> chunk = groups.subList(from, Math.min(groups.size(), from + CHUNK));
      for (Task task : tasks.createTaskQuery().processDefinitionKey(IncidentProcess.KEY)
          .taskDefinitionKey(IncidentProcess.TASK_HANDLE).taskCandidateGroupIn(chunk).includeAssignedTasks().list()) {
        reroute(task);
      }
    }
  }

  private void reroute(Task task) {
    Map<String, Object> incident = runtime.getVariables(task.getExecutionId(), List.of(IncidentProcess.VAR_UNIT_ID,
        IncidentProcess.VAR_LEVEL, IncidentProcess.VAR_CANDIDATE_GROUP));
    String unitId = (String) incident.get(IncidentProcess.VAR_UNIT_ID);
    if (position.above(unitId, (String) incident.get(IncidentProcess.VAR_LEVEL),
        (String) incident.get(IncidentProcess.VAR_CANDIDATE_GROUP)).isEmpty()) {
      LOG.warn("Incident {} waits at a level with nobody in it and nothing above it", task.getProcessInstanceId());
      return;
    }
    runtime.createMessageCorrelation(IncidentProcess.MESSAGE_LEVEL_VACATED)
        .processInstanceId(task.getProcessInstanceId()).correlateWithResult();
  }
}
