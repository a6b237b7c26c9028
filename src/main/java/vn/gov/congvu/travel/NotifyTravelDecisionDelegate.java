package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the requester the decision; a rejection is the request's final outcome. */
@Component("notifyTravelDecisionDelegate")
class NotifyTravelDecisionDelegate implements JavaDelegate {

  private final TravelNotifications notifications;

  NotifyTravelDecisionDelegate(TravelNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    if (!trip.approved()) {
      execution.setVariable(TravelProcess.VAR_OUTCOME, TravelOutcome.REJECTED.name());
    }
    notifications.decided(execution, trip);
  }
}
