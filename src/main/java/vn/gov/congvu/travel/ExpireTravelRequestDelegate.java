package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Undecided at departure, the request lapses and the requester is told. */
@Component("expireTravelRequestDelegate")
record ExpireTravelRequestDelegate(TravelNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(TravelProcess.VAR_OUTCOME, TravelOutcome.EXPIRED.name());
    notifications.expired(execution, TravelVariables.of(execution));
  }
}
