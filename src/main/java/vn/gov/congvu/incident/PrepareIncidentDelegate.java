package vn.gov.congvu.incident;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.history.VariableWrites;
import vn.gov.congvu.identity.SystemAuthority;

/** Intake (E1, E4): the same validation as {@code POST /api/incidents}, then the case goes to the first level. */
@Component("prepareIncidentDelegate")
record PrepareIncidentDelegate(IncidentIntake intake, IncidentNotifications notifications, SystemAuthority system)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Intake admitted = intake.admit(IncidentVariables.of(execution).report(), system.caller(), now);
    VariableWrites.setIfChanged(execution, admitted.variables());
    // The reference is the application's: a business key a client sent with the start is replaced.
    execution.setProcessBusinessKey(admitted.reference());
    notifications.arrived(execution, IncidentVariables.of(execution), "INCIDENT_REPORTED", "Sự việc mới tiếp nhận.");
  }
}
