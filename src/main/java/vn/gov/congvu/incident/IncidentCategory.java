package vn.gov.congvu.incident;

/** What kind of case it is (rules E3, E4). */
public enum IncidentCategory {
  STAFF_VIOLATION, INFECTION, OTHER
}
