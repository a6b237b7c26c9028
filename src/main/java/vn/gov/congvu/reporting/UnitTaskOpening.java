package vn.gov.congvu.reporting;

/** What a unit's monthly task shows when it opens: the unit's name and the figures already known (or null). */
record UnitTaskOpening(String unitName, String knownFigures) {
}
