package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** M2: the City People's Committee's directions on the month's report go to the head of every unit of the cycle. */
@Component("sendCityDirectionsDelegate")
record SendCityDirectionsDelegate(MonthlyReportService service, ReportingNotifications notifications)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String period = (String) execution.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    notifications.directions(execution, period, service.unitIds(period), service.directions(period));
  }
}
