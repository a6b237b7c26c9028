package vn.gov.congvu.incident;

/** The levels of the urgent-incident chain (contract, rules E1–E3). */
public enum EscalationLevel {
  UNIT_DUTY, UNIT_HEAD, DISTRICT, HOME_AFFAIRS, CITY
}
