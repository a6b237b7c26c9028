package vn.gov.congvu.incident;

/** A case as it arrives from the API or the Tasklist start form. */
public record IncidentReport(String unitId, String source, String category, String severity, String summary) {
}
