package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An infection among staff is a health matter too: the Department of Health is told at once. */
@Component("notifyHealthDepartmentDelegate")
record NotifyHealthDepartmentDelegate(IncidentNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notifications.healthDepartment(execution, IncidentVariables.of(execution));
  }
}
