package vn.gov.congvu.incident;

import java.util.Map;

/** A case the application accepted, placed at the first level of its chain: the variables the process keeps. */
record Intake(ValidIncidentReport report, String unitName, String reportedBy, EscalationStep firstLevel,
    String history, String reference) {

  Map<String, Object> variables() {
    // The report as validated (trimmed, codes in capitals); usually what was filed.
    Map<String, Object> variables = report.variables();
    variables.put(IncidentProcess.VAR_URGENT, report.urgent());
    variables.put(IncidentProcess.VAR_SEVERITY_LABEL, report.severity().label());
    variables.put(IncidentProcess.VAR_ESCALATIONS, 0);
    variables.put(IncidentProcess.VAR_UNIT_NAME, unitName);
    variables.put(IncidentProcess.VAR_REPORTED_BY, reportedBy);
    variables.putAll(IncidentLevels.variables(firstLevel, 0));
    variables.put(IncidentProcess.VAR_HISTORY, history);
    variables.put(IncidentProcess.VAR_REFERENCE, reference);
    return variables;
  }
}
