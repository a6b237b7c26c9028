package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * At the month-end the district's units that have not reported are late, and its head consolidates with what came
 * in; late reports may still arrive until the district has sent its report on.
 */
@Component("listLateWardsDelegate")
record ListLateWardsDelegate(DistrictReportService service, ReportingNotifications notifications)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String period = (String) execution.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    String districtId = (String) execution.getVariable(MonthlyReportingProcess.VAR_DISTRICT_ID);
    notifications.districtMonthEnd(execution, period, districtId, service.markLate(period, districtId));
    execution.setVariable(MonthlyReportingProcess.VAR_DISTRICT_CONSOLIDATION_OPENED, true);
  }
}
