package vn.gov.congvu.travel;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.gov.congvu.history.DerivedVariables;

/** What a travel request works out from the directory, the calendar and the outbreak register, and its outcome. */
@Component
class TravelDerivedVariables implements DerivedVariables {

  @Override
  public String processKey() {
    return TravelProcess.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(TravelProcess.VAR_REQUESTER_NAME, TravelProcess.VAR_UNIT_ID, TravelProcess.VAR_UNIT_NAME,
        TravelProcess.VAR_APPROVER_GROUP, TravelProcess.VAR_UNIT_HEADS_GROUP, TravelProcess.VAR_SUPERIOR_GROUP,
        TravelProcess.VAR_APPROVAL_DUE, TravelProcess.VAR_DEPARTURE_AT, TravelProcess.VAR_RETURN_AT,
        TravelProcess.VAR_NON_WORKING_DAYS, TravelProcess.VAR_OUTBREAK_WARNING, TravelProcess.VAR_DECLARATION_DUE,
        TravelProcess.VAR_OUTBREAK_EXPOSURE, TravelProcess.VAR_MONITORING_END, TravelProcess.VAR_OUTCOME);
  }
}
