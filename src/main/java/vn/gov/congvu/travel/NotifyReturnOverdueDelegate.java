package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** T2 overdue: the requester is reminded to report the return, and their heads are told, once each. */
@Component("notifyReturnOverdueDelegate")
record NotifyReturnOverdueDelegate(TravelNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notifications.returnOverdue(execution, TravelVariables.of(execution));
  }
}
