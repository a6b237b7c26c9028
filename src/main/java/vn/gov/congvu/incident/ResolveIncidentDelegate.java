package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationType;

/** Closes the case at the level that resolved it; a staff violation goes to the register (E4, E5), once. */
@Component("resolveIncidentDelegate")
record ResolveIncidentDelegate(ViolationRegister violations) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    execution.setVariable(IncidentProcess.VAR_OUTCOME, IncidentProcess.OUTCOME_RESOLVED);
    execution.setVariable(IncidentProcess.VAR_RESOLVED_LEVEL, incident.level());
    if (IncidentCategory.STAFF_VIOLATION.name().equals(incident.category())) {
      violations.record(incident.violatorId(), ViolationType.STAFF_VIOLATION, incident.actionTaken(),
          execution.getProcessInstanceId(), execution.getCurrentActivityId());
    }
  }
}
