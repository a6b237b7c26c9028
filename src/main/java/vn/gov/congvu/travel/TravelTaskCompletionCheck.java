package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The process's own check of a travel task completion, whatever client completed the task. */
@Component("travelTaskCompletionCheck")
class TravelTaskCompletionCheck implements TaskListener {

  private final TravelInputRule rule;

  TravelTaskCompletionCheck(TravelInputRule rule) {
    this.rule = rule;
  }

  @Override
  public void notify(DelegateTask task) {
    rule.requireCompletion(task);
  }
}
