package vn.gov.congvu.audit;

import java.time.Instant;
import java.util.function.Function;

import org.springframework.stereotype.Service;

/** Records a completed task as a decision: its outcome and comment as the features declare them, who, when. */
@Service
class AuditTrail {

  private final AuditRegister register;
  private final AuditOutcome outcomes;

  AuditTrail(AuditRegister register, AuditOutcome outcomes) {
    this.register = register;
    this.outcomes = outcomes;
  }

  /** The task's own submitted variables are read through {@code variables}. */
  void record(CompletedTask task, String userId, Instant at, Function<String, Object> variables) {
    register.write(new AuditEntry(task.taskId(), task.taskKey(), task.processInstanceId(), task.businessKey(),
        task.processKey(), userId, at, outcomes.outcome(task.processKey(), task.taskKey(), variables),
        outcomes.comment(task.processKey(), task.taskKey(), variables)));
  }

  /** Which task of which instance was completed. */
  record CompletedTask(String taskId, String taskKey, String processInstanceId, String businessKey,
      String processKey) {
  }
}
