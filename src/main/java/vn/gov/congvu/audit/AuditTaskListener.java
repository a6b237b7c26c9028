package vn.gov.congvu.audit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** Writes the decision of every completed user task, in the completion's own transaction. */
@Component
class AuditTaskListener implements TaskListener {

  private final AuditTrail trail;
  private final IdentityService identity;

  AuditTaskListener(AuditTrail trail, IdentityService identity) {
    this.trail = trail;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication who = identity.getCurrentAuthentication();
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    ProcessDefinition definition = execution == null ? null : execution.getProcessDefinition();
    trail.record(new AuditTrail.CompletedTask(task.getId(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        execution == null ? null : execution.getProcessBusinessKey(), definition == null ? null : definition.getKey()),
        who != null ? who.getUserId() : task.getAssignee(), ClockUtil.getCurrentTime().toInstant(), task::getVariable);
  }
}
