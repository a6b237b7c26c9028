package vn.gov.congvu.reporting;

import java.util.List;

/** The report of a period as the API returns it (contract): per unit, totals, late units, the attendance cap. */
public record MonthlyReport(String period, String status, List<UnitReport> units, Totals totals,
    List<String> lateUnits, List<String> unitsAboveAttendanceCap, List<DistrictRollUp> districts,
    String assessment) {

  /** Sums over the units that submitted. */
  public record Totals(int unitsSubmitted, int unitsPending, int unitsLate, int staffInfected,
      int violationsHandled, int violationsRecorded, int lateDeclarations, int incidents) {
  }

  /** A district with its wards (or a department alone): what it adds up to. */
  public record DistrictRollUp(String unitId, String name, List<String> units, int staffInfected,
      int violationsHandled, int incidents) {
  }
}
