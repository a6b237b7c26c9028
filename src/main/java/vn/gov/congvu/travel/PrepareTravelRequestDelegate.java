package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.history.VariableWrites;
import vn.gov.congvu.identity.SystemAuthority;

/**
 * Admits the request the same way as {@code POST /api/travel-requests} (it runs inside the start, so a refusal
 * leaves no instance) and adds what the approver needs.
 */
@Component("prepareTravelRequestDelegate")
record PrepareTravelRequestDelegate(TravelRequestService service, TravelNotifications notifications,
    SystemAuthority system) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Admission admission = service.admit(TravelVariables.of(execution).request(), system.caller(),
        ClockUtil.getCurrentTime().toInstant());
    VariableWrites.setIfChanged(execution, admission.variables());
    // The reference is the application's: a business key a client sent with the start is replaced.
    execution.setProcessBusinessKey(admission.reference());
    notifications.requested(execution, TravelVariables.of(execution));
  }
}
