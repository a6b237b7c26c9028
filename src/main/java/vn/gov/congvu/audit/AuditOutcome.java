package vn.gov.congvu.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * How a completed task reads as a decision, from what the features declare. Only the variables a task's own form
 * submits count: a later task must not be recorded with an earlier task's {@code approved} or comment, which stay in
 * the process scope.
 */
@Component
class AuditOutcome {

  static final int MAX_COMMENT = 4000;

  private final Map<String, AuditedTask> byTask = new HashMap<>();

  AuditOutcome(List<AuditedTasks> declared) {
    for (AuditedTasks process : declared) {
      for (AuditedTask task : process.auditedTasks()) {
        byTask.put(process.processKey() + "/" + task.taskKey(), task);
      }
    }
  }

  String outcome(String processKey, String taskKey, Function<String, Object> variables) {
    AuditedTask task = byTask.get(processKey + "/" + taskKey);
    Object value = task == null || task.outcomeVariable() == null ? null : variables.apply(task.outcomeVariable());
    if (value instanceof Boolean approved) {
      return approved ? "APPROVED" : "REJECTED";
    }
    return value instanceof String s && !s.isBlank() ? s : "COMPLETED";
  }

  String comment(String processKey, String taskKey, Function<String, Object> variables) {
    AuditedTask task = byTask.get(processKey + "/" + taskKey);
    if (task != null && task.commentVariable() != null
        && variables.apply(task.commentVariable()) instanceof String s && !s.isBlank()) {
      return s.length() > MAX_COMMENT ? s.substring(0, MAX_COMMENT) : s;
    }
    return null;
  }
}
