package vn.gov.congvu.reporting;

/**
 * Where a unit stood in the period's epidemic (W1, W2): the strictest on-site cap of the levels in force where it sits
 * (null when no level was announced there: no cap applies), those levels in words, and the operating mode its head
 * last confirmed.
 */
public record UnitSituation(Integer onSiteCapPercent, String epidemicLevels, String operatingMode) {

  static final UnitSituation UNKNOWN = new UnitSituation(null, null, null);
}
