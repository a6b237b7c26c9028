package vn.gov.congvu.incident;

import java.util.LinkedHashMap;
import java.util.Map;

/** A case that passed intake validation. */
public record ValidIncidentReport(String unitId, IncidentSource source, IncidentCategory category,
    IncidentSeverity severity, String summary) {

  /** E3: critical and infection cases go to Home Affairs at once. */
  public boolean urgent() {
    return severity == IncidentSeverity.CRITICAL || category == IncidentCategory.INFECTION;
  }

  /** The case as the process keeps it (codes in capitals). */
  Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(IncidentProcess.VAR_UNIT_ID, unitId);
    variables.put(IncidentProcess.VAR_SOURCE, source.name());
    variables.put(IncidentProcess.VAR_CATEGORY, category.name());
    variables.put(IncidentProcess.VAR_SEVERITY, severity.name());
    variables.put(IncidentProcess.VAR_SUMMARY, summary);
    return variables;
  }
}
