package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Each unit's task opens with what the system already knows of that unit for the period. */
@Component("prefillUnitReportListener")
record PrefillUnitReportListener(MonthlyReportService service) implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String period = (String) task.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    UnitTaskOpening opening = service.opening(period,
        (String) task.getVariable(MonthlyReportingProcess.VAR_REPORT_UNIT_ID));
    task.setVariableLocal(MonthlyReportingProcess.VAR_REPORT_UNIT_NAME, opening.unitName());
    if (opening.knownFigures() != null) {
      task.setVariableLocal(MonthlyReportingProcess.VAR_PREFILLED, opening.knownFigures());
    }
    task.setName("Báo cáo tháng " + ReportPeriod.people(period) + " - " + opening.unitName());
  }
}
