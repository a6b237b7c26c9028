package vn.gov.congvu.travel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.gov.congvu.organization.StaffMember;

/** A request that passed validation: a known requester, a destination, a trip that starts today or later. */
public record ValidTravelRequest(StaffMember requester, String destination, LocalDate departure, LocalDate returning,
    String reason) {

  /** The request as the process keeps it (dates as ISO text). */
  Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(TravelProcess.VAR_REQUESTER_ID, requester.userId());
    variables.put(TravelProcess.VAR_DESTINATION, destination);
    variables.put(TravelProcess.VAR_DEPARTURE_DATE, departure.toString());
    variables.put(TravelProcess.VAR_RETURN_DATE, returning.toString());
    variables.put(TravelProcess.VAR_REASON, reason);
    return variables;
  }
}
