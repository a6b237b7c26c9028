package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.SystemAuthority;

/**
 * Opens the period's cycle (M1): the period comes with a manual start, or is the current month when the month-end
 * timer fires. A period already open ends this start quietly; the table's key settles a race between nodes.
 */
@Component("openReportingCycleDelegate")
record OpenReportingCycleDelegate(MonthlyReportService service, ReportingNotifications notifications,
    SystemAuthority system) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Object given = execution.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    ReportPeriod period = given == null ? ReportPeriod.containing(now) : ReportPeriod.parse(given.toString())
        .orElseThrow(() -> new IllegalArgumentException("period was validated before the start: " + given));
    String startedBy = system.callerId();
    OpenedCycle cycle;
    try {
      String reservation = (String) execution.getVariable(MonthlyReportingProcess.VAR_RESERVATION);
      cycle = system.run(() -> service.open(period, execution.getProcessInstanceId(), startedBy, now, reservation));
    } catch (PeriodAlreadyOpenException e) {
      throw new BpmnError(MonthlyReportingProcess.ERROR_PERIOD_OPEN, e.getMessage());
    }
    execution.setProcessBusinessKey(period.toString());
    execution.setVariable(MonthlyReportingProcess.VAR_PERIOD, period.toString());
    execution.setVariable(MonthlyReportingProcess.VAR_SUBMISSION_DUE, Date.from(cycle.submissionDue()));
    execution.setVariable(MonthlyReportingProcess.VAR_CONSOLIDATION_DUE, Date.from(cycle.consolidationDue()));
    notifications.opened(execution, period.toString(), cycle.unitIds(),
        Boolean.TRUE.equals(execution.getVariable(MonthlyReportingProcess.VAR_CATCH_UP)));
  }
}
