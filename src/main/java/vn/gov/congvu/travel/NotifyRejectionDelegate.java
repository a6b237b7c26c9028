package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the requester the trip is refused, with the reason; a refusal is the request's final outcome. */
@Component("notifyRejectionDelegate")
record NotifyRejectionDelegate(TravelNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(TravelProcess.VAR_OUTCOME, TravelOutcome.REJECTED.name());
    notifications.rejected(execution, TravelVariables.of(execution));
  }
}
