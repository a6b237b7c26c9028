package vn.gov.congvu.travel;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * On return (T2–T4): the declaration falls due 24 h after arrival, and an outbreak area, declared or found in the
 * register for the trip's dates, means medical monitoring.
 */
@Component("assessReturnDelegate")
record AssessReturnDelegate(TravelRequestService service) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    Instant returnedAt = ReturnTime.parse(trip.returnedAt()).orElseThrow(
        () -> new IllegalStateException("returnedAt was checked when report-return completed"));
    LocalDate departure = LocalDate.parse(trip.departureDate());
    LocalDate back = LocalDate.ofInstant(returnedAt, TravelRequestService.ZONE);
    boolean exposure = trip.visitedOutbreakArea()
        || service.destinationHadOutbreak(trip.destination(), departure, back.isBefore(departure) ? departure : back);
    execution.setVariable(TravelProcess.VAR_DECLARATION_DUE, service.declarationDue(returnedAt));
    execution.setVariable(TravelProcess.VAR_OUTBREAK_EXPOSURE, exposure);
    execution.setVariable(TravelProcess.VAR_OUTCOME, TravelOutcome.COMPLETED.name());
  }
}
