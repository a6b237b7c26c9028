package vn.gov.congvu.incident;

/** What a level decides on a case. */
public enum IncidentDecision {
  RESOLVED, ESCALATE
}
