package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the requester the trip is approved, and what they must do on return (T2, T3). */
@Component("notifyApprovalDelegate")
record NotifyApprovalDelegate(TravelNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notifications.approved(execution, TravelVariables.of(execution));
  }
}
