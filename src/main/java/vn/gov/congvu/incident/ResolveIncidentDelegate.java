package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the case at the level that resolved it; for a staff violation, records whether one was found (taken as
 * found when a violator was named), which decides whether the register gets entries (E4 "vi phạm (nếu có)").
 */
@Component("resolveIncidentDelegate")
record ResolveIncidentDelegate() implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    execution.setVariable(IncidentProcess.VAR_OUTCOME, IncidentProcess.OUTCOME_RESOLVED);
    execution.setVariable(IncidentProcess.VAR_RESOLVED_LEVEL, incident.level());
    if (incident.staffViolation()) {
      execution.setVariable(IncidentProcess.VAR_VIOLATION_FOUND, incident.violators().found());
    }
  }
}
