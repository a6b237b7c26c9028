package vn.gov.congvu.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Past the submission deadline the units that did not report are LATE; they and Home Affairs are told. */
@Component("markLateUnitsDelegate")
class MarkLateUnitsDelegate implements JavaDelegate {

  private final MonthlyReportService service;
  private final ReportingNotifications notifications;

  MarkLateUnitsDelegate(MonthlyReportService service, ReportingNotifications notifications) {
    this.service = service;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String period = (String) execution.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    List<String> late = service.markLate(period);
    String names = ConsolidationText.names(late, service::unitName);
    if (execution.getCurrentActivityId().equals("list-missing-units")) {
      notifications.consolidationForced(execution, period, names);
    } else {
      notifications.late(execution, period, late, names);
    }
  }
}
