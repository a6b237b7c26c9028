package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationType;

/** T3 missed: the violation is recorded once (keyed by instance and activity) and the heads are told. */
@Component("recordLateDeclarationDelegate")
record RecordLateDeclarationDelegate(ViolationRegister violations, TravelNotifications notifications)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    violations.record(trip.requesterId(), ViolationType.LATE_HEALTH_DECLARATION,
        "Không khai báo y tế trong 24 giờ sau khi về từ " + trip.destination(), execution.getProcessInstanceId(),
        execution.getCurrentActivityId());
    notifications.lateDeclaration(execution, trip);
  }
}
