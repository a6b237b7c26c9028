package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed read access to the incident process variables. */
record IncidentVariables(VariableScope scope) {

  static IncidentVariables of(VariableScope scope) {
    return new IncidentVariables(scope);
  }

  String unitId() {
    return string(IncidentProcess.VAR_UNIT_ID);
  }

  String unitName() {
    return string(IncidentProcess.VAR_UNIT_NAME);
  }

  String reference() {
    return string(IncidentProcess.VAR_REFERENCE);
  }

  String summary() {
    return string(IncidentProcess.VAR_SUMMARY);
  }

  String severity() {
    return string(IncidentProcess.VAR_SEVERITY);
  }

  String category() {
    return string(IncidentProcess.VAR_CATEGORY);
  }

  String level() {
    return string(IncidentProcess.VAR_LEVEL);
  }

  String candidateGroup() {
    return string(IncidentProcess.VAR_CANDIDATE_GROUP);
  }

  String history() {
    return string(IncidentProcess.VAR_HISTORY);
  }

  String decision() {
    return string(IncidentProcess.VAR_DECISION);
  }

  String actionTaken() {
    return string(IncidentProcess.VAR_ACTION_TAKEN);
  }

  String advice() {
    return string(IncidentProcess.VAR_ADVICE);
  }

  /** Who violated and how it was handled, as the level that resolved the case said. */
  Violators violators() {
    return Violators.of(scope.getVariable(IncidentProcess.VAR_VIOLATION_FOUND),
        string(IncidentProcess.VAR_VIOLATOR_ID), string(IncidentProcess.VAR_OTHER_VIOLATOR_IDS),
        string(IncidentProcess.VAR_HANDLING));
  }

  boolean staffViolation() {
    return IncidentCategory.STAFF_VIOLATION.name().equals(category());
  }

  int levelIndex() {
    Object value = scope.getVariable(IncidentProcess.VAR_LEVEL_INDEX);
    return value instanceof Number n ? n.intValue() : 0;
  }

  int escalations() {
    Object value = scope.getVariable(IncidentProcess.VAR_ESCALATIONS);
    return value instanceof Number n ? n.intValue() : 0;
  }

  /** The case as filed, from the start's variables. */
  IncidentReport report() {
    return new IncidentReport(unitId(), string(IncidentProcess.VAR_SOURCE), category(), severity(), summary());
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
