package vn.gov.congvu.travel;

import java.util.Map;

/** A request the application accepted, with what it adds for the approver: the variables the process keeps. */
record Admission(ValidTravelRequest request, PreparedTravel prepared, String reference) {

  Map<String, Object> variables() {
    // The request as validated (trimmed, dates as ISO text); usually what was filed.
    Map<String, Object> variables = request.variables();
    variables.put(TravelProcess.VAR_REFERENCE, reference);
    variables.put(TravelProcess.VAR_REQUESTER_NAME, prepared.requesterName());
    variables.put(TravelProcess.VAR_UNIT_ID, prepared.unitId());
    variables.put(TravelProcess.VAR_UNIT_NAME, prepared.unitName());
    variables.put(TravelProcess.VAR_APPROVER_GROUP, prepared.approverGroup());
    variables.put(TravelProcess.VAR_SUPERIOR_GROUP, prepared.superiorGroup());
    variables.put(TravelProcess.VAR_UNIT_HEADS_GROUP, prepared.unitHeadsGroup());
    variables.put(TravelProcess.VAR_DEPARTURE_AT, prepared.departureAt());
    variables.put(TravelProcess.VAR_DEPARTURE_DAY_START, prepared.departureDayStart());
    variables.put(TravelProcess.VAR_RETURN_AT, prepared.returnAt());
    variables.put(TravelProcess.VAR_NON_WORKING_DAYS, prepared.nonWorkingDays());
    variables.put(TravelProcess.VAR_OUTBREAK_WARNING, prepared.outbreakWarning());
    variables.put(TravelProcess.VAR_EPIDEMIC_LEVEL, prepared.epidemicLevel());
    variables.put(TravelProcess.VAR_EPIDEMIC_WARNING, prepared.epidemicWarning());
    return variables;
  }
}
