package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The process's own check of a handling decision, whatever client completed the task. */
@Component("incidentTaskCompletionCheck")
class IncidentTaskCompletionCheck implements TaskListener {

  private final IncidentInputRule rule;

  IncidentTaskCompletionCheck(IncidentInputRule rule) {
    this.rule = rule;
  }

  @Override
  public void notify(DelegateTask task) {
    rule.requireCompletion(task);
  }
}
