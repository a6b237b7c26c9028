package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The City People's Committee has reviewed the report: the cycle is closed. */
@Component("closeReportingCycleDelegate")
class CloseReportingCycleDelegate implements JavaDelegate {

  private final MonthlyReportService service;

  CloseReportingCycleDelegate(MonthlyReportService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.closed((String) execution.getVariable(MonthlyReportingProcess.VAR_PERIOD),
        ClockUtil.getCurrentTime().toInstant());
  }
}
