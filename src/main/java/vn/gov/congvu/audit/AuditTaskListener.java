package vn.gov.congvu.audit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** Writes the decision of every completed user task, in the completion's own transaction. */
@Component
class AuditTaskListener implements TaskListener {

  private final AuditRegister register;
  private final IdentityService identity;

  AuditTaskListener(AuditRegister register, IdentityService identity) {
    this.register = register;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication who = identity.getCurrentAuthentication();
    String userId = who != null ? who.getUserId() : task.getAssignee();
    var execution = task.getExecution();
    ProcessDefinition definition = execution == null ? null
        : ((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) execution).getProcessDefinition();
    register.write(new AuditEntry(task.getId(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        execution == null ? null : execution.getProcessBusinessKey(), definition == null ? null : definition.getKey(),
        userId, ClockUtil.getCurrentTime().toInstant(), AuditOutcome.outcome(task.getTaskDefinitionKey(), task::getVariable),
        AuditOutcome.comment(task.getTaskDefinitionKey(), task::getVariable)));
  }
}
