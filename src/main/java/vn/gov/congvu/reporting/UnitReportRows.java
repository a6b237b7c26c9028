package vn.gov.congvu.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.gov.congvu.violation.ViolationHandling;

/** How a unit's report is kept in {@code monthly_unit_report} (migrations V6, V10_1, V10_5): its columns, read and written. */
final class UnitReportRows {

  /** The known figures' columns, in the order of {@link #known(KnownFigures)}. */
  static final String KNOWN_COLUMNS = "travel_approved, travel_rejected, travel_expired, late_declarations, "
      + "incidents_low, incidents_high, incidents_critical, infections_reported, violations_recorded, "
      + "violations_self_handled, violation_handlings";
  static final int KNOWN_COUNT = KNOWN_COLUMNS.split(",").length;
  static final String KNOWN_ASSIGNMENTS = KNOWN_COLUMNS.replace(",", " = ?,") + " = ?";
  static final String SUBMISSION_ASSIGNMENTS = "staff_infected = ?, staff_infected_by_non_compliance = ?, "
      + "violations_handled = ?, rewards_proposed = ?, working_rules_reviewed = ?, safety_criteria_reviewed = ?, "
      + "on_site_percent = ?, work_from_home = ?, online_meetings = ?, summary = ?";

  private UnitReportRows() {
  }

  static Object[] known(KnownFigures k) {
    return new Object[] {k.travelApproved(), k.travelRejected(), k.travelExpired(), k.lateDeclarations(),
        k.incidentsLow(), k.incidentsHigh(), k.incidentsCritical(), k.infectionsReported(), k.violationsRecorded(),
        k.violationsSelfHandled(), handlings(k.handlings())};
  }

  /** The forms of handling as kept in one column: "KHIEN_TRACH=1,CANH_CAO=2" (empty when none). */
  static String handlings(Map<ViolationHandling, Integer> handlings) {
    return handlings.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  static Map<ViolationHandling, Integer> handlings(String column) {
    Map<ViolationHandling, Integer> handlings = new EnumMap<>(ViolationHandling.class);
    if (column != null && !column.isBlank()) {
      for (String pair : column.split(",")) {
        String[] parts = pair.split("=", 2);
        handlings.put(ViolationHandling.valueOf(parts[0]), Integer.valueOf(parts[1]));
      }
    }
    return handlings;
  }

  static Object[] submission(UnitSubmission s) {
    return new Object[] {s.staffInfected(), s.staffInfectedByNonCompliance(), s.violationsHandled(),
        s.rewardsProposed(), s.workingRulesReviewed(), s.safetyCriteriaReviewed(), s.onSitePercent(),
        s.workFromHome(), s.onlineMeetings(), s.summary()};
  }

  /** One row of arguments per unit: its known figures, the period, the unit and, if asked, a further value. */
  static List<Object[]> perUnit(List<String> unitIds, Map<String, KnownFigures> figures, String period,
      Function<String, Object> further) {
    List<Object[]> rows = new ArrayList<>();
    for (String unitId : unitIds) {
      Object[] values = known(figures.getOrDefault(unitId, KnownFigures.NONE));
      Object[] row = Arrays.copyOf(values, values.length + (further == null ? 2 : 3));
      row[values.length] = period;
      row[values.length + 1] = unitId;
      if (further != null) {
        row[values.length + 2] = further.apply(unitId);
      }
      rows.add(row);
    }
    return rows;
  }

  static UnitReport read(ResultSet rs, int row) throws SQLException {
    Timestamp submitted = rs.getTimestamp("submitted_at");
    return new UnitReport(rs.getString("period"), rs.getString("unit_id"),
        UnitReportStatus.valueOf(rs.getString("status")), rs.getBoolean("late"),
        submitted == null ? null : submitted.toInstant(), rs.getString("submitted_by"),
        submitted == null ? null : submission(rs),
        new KnownFigures(rs.getInt("travel_approved"), rs.getInt("travel_rejected"), rs.getInt("travel_expired"),
            rs.getInt("late_declarations"), rs.getInt("incidents_low"), rs.getInt("incidents_high"),
            rs.getInt("incidents_critical"), rs.getInt("infections_reported"), rs.getInt("violations_recorded"),
            rs.getInt("violations_self_handled"), handlings(rs.getString("violation_handlings"))),
        rs.getString("grade"), null, rs.getString("reports_through"), null, null);
  }

  private static UnitSubmission submission(ResultSet rs) throws SQLException {
    return new UnitSubmission(rs.getInt("staff_infected"), integer(rs, "staff_infected_by_non_compliance"),
        rs.getInt("violations_handled"), rs.getString("rewards_proposed"),
        (Boolean) rs.getObject("working_rules_reviewed"), rs.getBoolean("safety_criteria_reviewed"),
        rs.getInt("on_site_percent"), integer(rs, "work_from_home"), (Boolean) rs.getObject("online_meetings"),
        rs.getString("summary"));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    Object value = rs.getObject(column);
    return value == null ? null : ((Number) value).intValue();
  }
}
