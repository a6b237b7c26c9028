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
 * Opens the period's cycle (M1): the period comes with a manual start, or is the one whose opening the timer fired
 * for (the latest opening so far, even when the timer fires late after downtime). A period already open ends this
 * start quietly; the table's key settles a race between nodes.
 */
@Component("openReportingCycleDelegate")
record OpenReportingCycleDelegate(MonthlyReportService service, MonthlyReportSchedule schedule,
    ReportingNotifications notifications, SystemAuthority system) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Object given = execution.getVariable(MonthlyReportingProcess.VAR_PERIOD);
    // Every way of starting by hand (the API, the engine's /message, the Java API) is refused here when out of bounds.
    ReportPeriod period = given == null ? schedule.openedBy(now) : service.acceptedPeriod(given, now);
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
    execution.setVariable(MonthlyReportingProcess.VAR_DISTRICT_CONSOLIDATION_DUE,
        Date.from(cycle.districtConsolidationDue()));
    execution.setVariable(MonthlyReportingProcess.VAR_CONSOLIDATION_DUE, Date.from(cycle.consolidationDue()));
    notifications.opened(execution, period.toString(), cycle, service::unitName,
        Boolean.TRUE.equals(execution.getVariable(MonthlyReportingProcess.VAR_CATCH_UP)));
  }
}
