package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationType;

/**
 * T3 missed, found by the clock or at confirmation: one violation per trip whichever finds it first (one cause key),
 * and the heads are told when it is new.
 */
@Component("recordLateDeclarationDelegate")
record RecordLateDeclarationDelegate(ViolationRegister violations, TravelNotifications notifications)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    if (violations.record(trip.requesterId(), ViolationType.LATE_HEALTH_DECLARATION, details(trip),
        execution.getProcessInstanceId(), TravelProcess.CAUSE_LATE_DECLARATION)) {
      notifications.lateDeclaration(execution, trip);
    }
  }

  private static String details(TravelVariables trip) {
    String returned = ReportedTime.parse(trip.returnedAt()).map(ReportedTime::forPeople).orElse("?");
    return ReportedTime.parse(trip.declaredAt())
        .map(declared -> "Khai báo y tế lúc " + ReportedTime.forPeople(declared) + ", quá 24 giờ sau khi về lúc "
            + returned + " từ " + trip.destination())
        .orElse("Không xác nhận khai báo y tế trong 24 giờ sau khi về lúc " + returned + " từ " + trip.destination());
  }
}
