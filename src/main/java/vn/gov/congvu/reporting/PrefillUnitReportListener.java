package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Each unit's task opens with what the system already knows of that unit for the period. */
@Component("prefillUnitReportListener")
class PrefillUnitReportListener implements TaskListener {

  private final ReportingRepository repository;
  private final MonthlyReportService service;

  PrefillUnitReportListener(ReportingRepository repository, MonthlyReportService service) {
    this.repository = repository;
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String period = (String) task.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    String unitId = (String) task.getVariable(MonthlyReportingProcess.VAR_REPORT_UNIT_ID);
    String unitName = service.unitName(unitId);
    task.setVariableLocal(MonthlyReportingProcess.VAR_REPORT_UNIT_NAME, unitName);
    repository.unitReport(period, unitId).ifPresent(report ->
        task.setVariableLocal(MonthlyReportingProcess.VAR_PREFILLED, report.known().describe()));
    task.setName("Báo cáo tháng " + period + " - " + unitName);
  }
}
