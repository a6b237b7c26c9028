package vn.gov.congvu.incident;

/** A case that passed intake validation. */
public record ValidIncidentReport(String unitId, IncidentSource source, IncidentCategory category,
    IncidentSeverity severity, String summary) {

  /** E3: critical and infection cases go to Home Affairs at once. */
  public boolean urgent() {
    return severity == IncidentSeverity.CRITICAL || category == IncidentCategory.INFECTION;
  }
}
