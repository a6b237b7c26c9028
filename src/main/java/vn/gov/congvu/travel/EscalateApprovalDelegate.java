package vn.gov.congvu.travel;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Past the approval deadline the superior leader may decide too (T1): their group becomes a candidate of the open
 * approval task, once, however often the timer job runs.
 */
@Component("escalateApprovalDelegate")
class EscalateApprovalDelegate implements JavaDelegate {

  private final TaskService tasks;
  private final TravelNotifications notifications;

  EscalateApprovalDelegate(TaskService tasks, TravelNotifications notifications) {
    this.tasks = tasks;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    String group = trip.superiorGroup() != null ? trip.superiorGroup() : trip.approverGroup();
    Task approval = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TravelProcess.TASK_APPROVE).singleResult();
    if (approval != null && tasks.getIdentityLinksForTask(approval.getId()).stream()
        .noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId()))) {
      tasks.addCandidateGroup(approval.getId(), group);
    }
    notifications.escalated(execution, trip, group);
  }
}
