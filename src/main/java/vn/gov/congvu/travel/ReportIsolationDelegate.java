package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** T5: symptoms mean isolation; the health department and the heads are told at once. */
@Component("reportIsolationDelegate")
record ReportIsolationDelegate(TravelNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(TravelProcess.VAR_OUTCOME, TravelOutcome.ISOLATION.name());
    notifications.isolation(execution, TravelVariables.of(execution));
  }
}
