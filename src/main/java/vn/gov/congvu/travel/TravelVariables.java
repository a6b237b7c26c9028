package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed read access to the travel process variables, so that no delegate casts a variable by itself. */
record TravelVariables(VariableScope scope) {

  static TravelVariables of(VariableScope scope) {
    return new TravelVariables(scope);
  }

  String requesterId() {
    return string(TravelProcess.VAR_REQUESTER_ID);
  }

  String requesterName() {
    return string(TravelProcess.VAR_REQUESTER_NAME);
  }

  String unitName() {
    return string(TravelProcess.VAR_UNIT_NAME);
  }

  String destination() {
    return string(TravelProcess.VAR_DESTINATION);
  }

  String departureDate() {
    return string(TravelProcess.VAR_DEPARTURE_DATE);
  }

  String returnDate() {
    return string(TravelProcess.VAR_RETURN_DATE);
  }

  String reason() {
    return string(TravelProcess.VAR_REASON);
  }

  String approverGroup() {
    return string(TravelProcess.VAR_APPROVER_GROUP);
  }

  String superiorGroup() {
    return string(TravelProcess.VAR_SUPERIOR_GROUP);
  }

  String unitHeadsGroup() {
    return string(TravelProcess.VAR_UNIT_HEADS_GROUP);
  }

  String decisionComment() {
    return string(TravelProcess.VAR_DECISION_COMMENT);
  }

  boolean visitedOutbreakArea() {
    return Boolean.TRUE.equals(scope.getVariable(TravelProcess.VAR_VISITED_OUTBREAK_AREA));
  }

  Object returnedAt() {
    return scope.getVariable(TravelProcess.VAR_RETURNED_AT);
  }

  /** The request as filed, from the start's variables. */
  TravelRequest request() {
    return new TravelRequest(requesterId(), destination(), departureDate(), returnDate(), reason());
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
