package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** E3: critical and infection cases are reported to Home Affairs at once. */
@Component("notifyUrgentReportDelegate")
record NotifyUrgentReportDelegate(IncidentNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notifications.urgent(execution, IncidentVariables.of(execution));
  }
}
