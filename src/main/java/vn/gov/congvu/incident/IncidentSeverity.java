package vn.gov.congvu.incident;

/** How urgent a case is; drives the deadline of each level (decision table incident-sla). */
public enum IncidentSeverity {
  LOW, HIGH, CRITICAL
}
