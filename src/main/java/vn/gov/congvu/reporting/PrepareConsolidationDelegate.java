package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.SystemAuthority;

/** Grades the units (decision table unit-compliance-grade) and lays the consolidated figures before Home Affairs. */
@Component("prepareConsolidationDelegate")
record PrepareConsolidationDelegate(MonthlyReportService service, MonthlyReportView view, SystemAuthority system)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String period = (String) execution.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    system.run(() -> {
      service.consolidate(period);
      return null;
    });
    view.of(period).ifPresent(report -> execution.setVariable(MonthlyReportingProcess.VAR_CONSOLIDATION,
        ConsolidationText.of(report, service::unitName)));
  }
}
