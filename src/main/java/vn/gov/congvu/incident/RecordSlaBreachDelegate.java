package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A level that did not act in time is skipped by the clock (reason SLA_BREACH); at the City level nothing escalates
 * further and the chairman is reminded.
 */
@Component("recordSlaBreachDelegate")
record RecordSlaBreachDelegate(IncidentLevels levels, IncidentNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    boolean top = levels.atTop(execution);
    execution.setVariable(IncidentProcess.VAR_HISTORY, IncidentHistory.append(incident.history(),
        ClockUtil.getCurrentTime().toInstant(), incident.level(), null,
        top ? IncidentHistory.SLA_AT_TOP : IncidentHistory.SLA_PASSED_UP));
    if (!top) {
      levels.up(execution);
    }
    notifications.arrived(execution, IncidentVariables.of(execution), "INCIDENT_SLA_BREACH",
        top ? "Sự việc đã quá hạn xử lý, đề nghị chỉ đạo ngay." : "Cấp dưới không xử lý kịp thời hạn.");
  }
}
