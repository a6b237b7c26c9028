package vn.gov.congvu.inputguard;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.web.InputRejected;

/** Refuses a completion its process's rule refuses: the whole completion rolls back, the engine answers 400. */
@Component
class CompletionCheck implements TaskListener {

  private final List<ProcessInputRule> rules;

  CompletionCheck(List<ProcessInputRule> rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    if (execution == null) {
      return; // a standalone task belongs to no process and no rule
    }
    String processKey = execution.getProcessDefinition().getKey();
    rules.stream().filter(rule -> rule.processKey().equals(processKey)).findFirst()
        .flatMap(rule -> rule.checkCompletion(task.getTaskDefinitionKey(), task::getVariable,
            ClockUtil.getCurrentTime().toInstant()))
        .ifPresent(refusal -> {
          throw InputRejected.refused(refusal);
        });
  }
}
