package vn.gov.congvu.travel;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.history.VariableWrites;
import vn.gov.congvu.organization.DirectoryGroups;

/**
 * Validates the request the same way as {@code POST /api/travel-requests} (it runs inside the start, so a refusal
 * leaves no instance) and adds what the approver needs.
 */
@Component("prepareTravelRequestDelegate")
class PrepareTravelRequestDelegate implements JavaDelegate {

  private final TravelRequestValidator validator;
  private final TravelRequestService service;
  private final TravelNotifications notifications;
  private final IdentityService identity;

  PrepareTravelRequestDelegate(TravelRequestValidator validator, TravelRequestService service,
      TravelNotifications notifications, IdentityService identity) {
    this.validator = validator;
    this.service = service;
    this.notifications = notifications;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    Authentication filer = identity.getCurrentAuthentication();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ValidTravelRequest request;
    try {
      request = validator.validate(new TravelRequest(trip.requesterId(), trip.destination(), trip.departureDate(),
          trip.returnDate(), trip.reason()), filer == null ? null : filer.getUserId(), isSystemOrAdmin(filer),
          LocalDate.ofInstant(now, TravelRequestService.ZONE));
    } catch (TravelRequestRejected e) {
      throw new BadUserRequestException(e.field() + ": " + e.getMessage());
    }
    PreparedTravel prepared = service.prepare(request, now);
    // The request as validated (trimmed, dates as ISO text); usually what was filed, and then nothing is written.
    VariableWrites.setIfChanged(execution, TravelProcess.VAR_REQUESTER_ID, request.requester().userId());
    VariableWrites.setIfChanged(execution, TravelProcess.VAR_DESTINATION, request.destination());
    VariableWrites.setIfChanged(execution, TravelProcess.VAR_DEPARTURE_DATE, request.departure().toString());
    VariableWrites.setIfChanged(execution, TravelProcess.VAR_RETURN_DATE, request.returning().toString());
    VariableWrites.setIfChanged(execution, TravelProcess.VAR_REASON, request.reason());
    execution.setVariable(TravelProcess.VAR_REQUESTER_NAME, prepared.requesterName());
    execution.setVariable(TravelProcess.VAR_UNIT_ID, prepared.unitId());
    execution.setVariable(TravelProcess.VAR_UNIT_NAME, prepared.unitName());
    execution.setVariable(TravelProcess.VAR_APPROVER_GROUP, prepared.approverGroup());
    execution.setVariable(TravelProcess.VAR_SUPERIOR_GROUP, prepared.superiorGroup());
    execution.setVariable(TravelProcess.VAR_UNIT_HEADS_GROUP, prepared.unitHeadsGroup());
    execution.setVariable(TravelProcess.VAR_APPROVAL_DUE, prepared.approvalDue());
    execution.setVariable(TravelProcess.VAR_DEPARTURE_AT, prepared.departureAt());
    execution.setVariable(TravelProcess.VAR_RETURN_AT, prepared.returnAt());
    execution.setVariable(TravelProcess.VAR_NON_WORKING_DAYS, prepared.nonWorkingDays());
    execution.setVariable(TravelProcess.VAR_OUTBREAK_WARNING, prepared.outbreakWarning());
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(TravelRequestService.businessKey(request.requester().userId(),
          request.departure(), execution.getProcessInstanceId()));
    }
    notifications.requested(execution, TravelVariables.of(execution));
  }

  /** A start without an authenticated user comes from the application itself (a test, a migration). */
  private static boolean isSystemOrAdmin(Authentication filer) {
    return filer == null || (filer.getGroupIds() != null && filer.getGroupIds().contains(DirectoryGroups.ADMINS));
  }
}
