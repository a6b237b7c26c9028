package vn.gov.congvu.incident;

/** Where a case came from (rule E4). */
public enum IncidentSource {
  PORTAL_1022, PRESS, CITIZEN_LETTER, AUTHORITY_DIRECTIVE, INTERNAL
}
