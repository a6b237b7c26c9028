package vn.gov.congvu.travel;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Refuses a travel task completion that lacks what the contract asks; the engine REST API answers 400 and the task
 * stays open, whatever form or client sent it.
 */
@Component("travelTaskCompletionCheck")
class TravelTaskCompletionCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TravelTaskRules.check(task.getTaskDefinitionKey(), task::getVariable, ClockUtil.getCurrentTime().toInstant())
        .ifPresent(refusal -> {
          throw new BadUserRequestException(refusal);
        });
  }
}
