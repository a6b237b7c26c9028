package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The City People's Committee has reviewed the report: the cycle is closed. */
@Component("closeReportingCycleDelegate")
record CloseReportingCycleDelegate(MonthlyReportService service) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    service.closed((String) execution.getVariable(MonthlyReportingProcess.VAR_PERIOD),
        ClockUtil.getCurrentTime().toInstant());
  }
}
