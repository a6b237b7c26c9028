package vn.gov.congvu.reporting;

import java.util.List;

/**
 * The report of a period as the API returns it (contract): per unit, totals, late units, units above their on-site
 * cap, the roll-up by district, the districts' consolidated reports, Home Affairs' assessment and the City People's
 * Committee's directions.
 */
public record MonthlyReport(String period, String status, List<UnitReport> units, Totals totals,
    List<String> lateUnits, List<String> unitsAboveOnSiteCap, List<DistrictRollUp> districts,
    List<DistrictReport> districtReports, String assessment, String directions) {

  /** Sums over the units' reports and what is known of them. */
  public record Totals(int unitsSubmitted, int unitsPending, int unitsLate, int staffInfected,
      int staffInfectedByNonCompliance, int violationsHandled, int violationsRecorded, int violationsSelfHandled,
      int lateDeclarations, int incidents, int infectionsReported, int workFromHome, int unitsSafetyCriteriaReviewed,
      int unitsWorkingRulesReviewed, int unitsProposingRewards) {
  }

  /** A district with its wards (or a department alone): what it adds up to. */
  public record DistrictRollUp(String unitId, String name, List<String> units, int staffInfected,
      int violationsHandled, int incidents) {
  }
}
