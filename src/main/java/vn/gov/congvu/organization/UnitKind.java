package vn.gov.congvu.organization;

/** Level of an administrative unit (glossary: city, department, district, ward). */
public enum UnitKind {
  CITY, DEPARTMENT, DISTRICT, WARD
}
