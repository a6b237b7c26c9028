package vn.gov.congvu.travel;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Who may decide an open approval: past its deadline the superior leader's group joins the unit's heads (T1). */
@Service
class ApprovalCandidates {

  private final TaskService tasks;

  ApprovalCandidates(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Adds the group to the instance's open approval task, once however often it is asked. */
  void add(String processInstanceId, String group) {
    Task approval = tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(TravelProcess.TASK_APPROVE).singleResult();
    if (approval != null && tasks.getIdentityLinksForTask(approval.getId()).stream()
        .noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId()))) {
      tasks.addCandidateGroup(approval.getId(), group);
    }
  }
}
