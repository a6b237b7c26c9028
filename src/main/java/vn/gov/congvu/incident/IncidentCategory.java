package vn.gov.congvu.incident;

/** What kind of case it is (rules E3, E4). */
public enum IncidentCategory {
  STAFF_VIOLATION("Cán bộ vi phạm"),
  INFECTION("Ca nhiễm COVID-19"),
  OTHER("Khác");

  private final String label;

  IncidentCategory(String label) {
    this.label = label;
  }

  /** In Vietnamese, for people (forms, history, mails). */
  public String label() {
    return label;
  }
}
