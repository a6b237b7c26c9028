package vn.gov.congvu.reporting;

/**
 * The on-site cap a unit had in a period, in percent of its staff (W2): the report lists the units whose on-site
 * share was above it, and the grade counts it. The cap belongs to the epidemic level in force where the unit sits;
 * until the level register provides it, {@link PeakOnSiteCap} applies the 2021 peak rule.
 */
public interface OnSiteCaps {

  /** The highest whole percentage of the unit's staff that may work on site in the period. */
  int capPercent(String unitId, ReportPeriod period);
}
