package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationType;

/** E4, E5: each violator becomes one entry of the register with the form of handling, once however often it runs. */
@Component("recordViolationsDelegate")
record RecordViolationsDelegate(ViolationRegister violations) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    Violators violators = incident.violators();
    for (String userId : violators.userIds()) {
      violations.record(userId, ViolationType.STAFF_VIOLATION, incident.actionTaken(), violators.handling(),
          execution.getProcessInstanceId(), execution.getCurrentActivityId());
    }
  }
}
