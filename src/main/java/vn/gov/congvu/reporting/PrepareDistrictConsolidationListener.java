package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A district's consolidation task opens with its wards' reports and its own, as they stand. */
@Component("prepareDistrictConsolidationListener")
record PrepareDistrictConsolidationListener(DistrictReportService service) implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String period = (String) task.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    DistrictReportService.DistrictOpening opening = service.consolidation(period,
        (String) task.getVariable(MonthlyReportingProcess.VAR_DISTRICT_ID));
    task.setVariableLocal(MonthlyReportingProcess.VAR_REPORT_UNIT_NAME, opening.districtName());
    if (opening.consolidation() != null) {
      task.setVariableLocal(MonthlyReportingProcess.VAR_DISTRICT_CONSOLIDATION, opening.consolidation());
    }
    task.setName("Tổng hợp báo cáo tháng " + ReportPeriod.people(period) + " - " + opening.districtName());
  }
}
