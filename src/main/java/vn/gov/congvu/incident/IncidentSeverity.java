package vn.gov.congvu.incident;

/** How urgent a case is; drives the deadline of each level (decision table incident-sla). */
public enum IncidentSeverity {
  LOW("Thấp"),
  HIGH("Cao"),
  CRITICAL("Nghiêm trọng");

  private final String label;

  IncidentSeverity(String label) {
    this.label = label;
  }

  /** In Vietnamese, for people (forms, history, mails). */
  public String label() {
    return label;
  }
}
