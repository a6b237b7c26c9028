package vn.gov.congvu.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Past the submission deadline the units that did not report are LATE; they and Home Affairs are told. */
@Component("markLateUnitsDelegate")
record MarkLateUnitsDelegate(MonthlyReportService service, ReportingNotifications notifications)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String period = (String) execution.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    List<String> late = service.markLate(period);
    notifications.late(execution, period, late, service.unitNames(late));
  }
}
