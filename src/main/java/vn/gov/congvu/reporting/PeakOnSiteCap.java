package vn.gov.congvu.reporting;

/**
 * The 2021 peak rule for every unit and period (seed 004, W2: at most 1/3 of the staff in the office): 33 %, so a
 * unit reporting 34 % or more is above it.
 */
final class PeakOnSiteCap implements OnSiteCaps {

  static final int ONE_THIRD = 33;

  @Override
  public int capPercent(String unitId, ReportPeriod period) {
    return ONE_THIRD;
  }
}
