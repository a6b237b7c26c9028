package vn.gov.congvu.travel;

import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * T3 at confirmation: judged by when the requester declared (the confirmation time when they did not say), against
 * when they actually came back, whatever day they reported the return.
 */
@Component("assessDeclarationDelegate")
record AssessDeclarationDelegate(DeclarationRule rule) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    Instant returnedAt = ReportedTime.parse(trip.returnedAt()).orElseThrow(
        () -> new IllegalStateException("returnedAt was checked when report-return completed"));
    Optional<Instant> given = ReportedTime.parse(trip.declaredAt());
    Instant declaredAt = given.orElseGet(() -> ClockUtil.getCurrentTime().toInstant());
    if (given.isEmpty()) {
      execution.setVariable(TravelProcess.VAR_DECLARED_AT, ReportedTime.iso(declaredAt));
    }
    execution.setVariable(TravelProcess.VAR_DECLARED_LATE, rule.late(declaredAt, returnedAt));
  }
}
