package vn.gov.congvu.epidemic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import vn.gov.congvu.identity.SystemAuthority;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;

/**
 * A unit that has not confirmed its operating mode by the deadline goes to its superior leader: the heads of the unit
 * above it see the task too and are told (W1: the head answers to the superior for the unit's measures).
 */
@Service
class AdjustmentEscalation {

  /** A unit whose task went to the heads of the unit above it. */
  record Escalated(String unitId, String unitName, String superiorGroup) {
  }

  private final TaskService tasks;
  private final OrganizationDirectory directory;
  private final SystemAuthority system;

  AdjustmentEscalation(TaskService tasks, OrganizationDirectory directory, SystemAuthority system) {
    this.tasks = tasks;
    this.directory = directory;
    this.system = system;
  }

  List<Escalated> escalate(String processInstanceId) {
    return system.run(() -> {
      List<Escalated> escalated = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(EpidemicProcess.TASK_ADJUST).list()) {
        String unitId = (String) tasks.getVariable(task.getId(), EpidemicProcess.VAR_UNIT_ID);
        Optional<Unit> parent = directory.parentOf(unitId);
        if (parent.isPresent()) {
          String group = DirectoryGroups.heads(parent.get().id());
          tasks.addCandidateGroup(task.getId(), group);
          escalated.add(new Escalated(unitId, directory.unit(unitId).map(Unit::name).orElse(unitId), group));
        }
      }
      return escalated;
    });
  }
}
