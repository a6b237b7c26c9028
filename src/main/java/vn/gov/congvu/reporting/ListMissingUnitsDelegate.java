package vn.gov.congvu.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the consolidation deadline the units still missing are LATE, and Home Affairs consolidates without them. */
@Component("listMissingUnitsDelegate")
record ListMissingUnitsDelegate(MonthlyReportService service, ReportingNotifications notifications)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String period = (String) execution.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    List<String> missing = service.markLate(period);
    notifications.consolidationForced(execution, period, service.unitNames(missing));
  }
}
