package vn.gov.congvu.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;

/**
 * Who reports through whom ("các cơ quan, đơn vị thuộc và trực thuộc", seed 000): a unit below a district reports
 * through that district, which consolidates them with its own report; departments and districts without such units
 * report to Home Affairs directly. Plain rules over the directory, no database.
 */
final class ReportingLines {

  private ReportingLines() {
  }

  /**
   * For each reporting unit that goes through a district, that district (a district with wards maps to itself);
   * units absent report directly.
   */
  static Map<String, String> of(List<Unit> reporting, List<Unit> directory) {
    Map<String, Unit> byId = directory.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    Map<String, String> through = new HashMap<>();
    for (Unit unit : reporting) {
      Unit top = topBelowCity(unit, byId);
      if (top != unit && top.kind() == UnitKind.DISTRICT && top.active()) {
        through.put(unit.id(), top.id());
        through.put(top.id(), top.id());
      }
    }
    return through;
  }

  /** The unit's ancestor just below the City People's Committee (itself for a department or district). */
  private static Unit topBelowCity(Unit unit, Map<String, Unit> byId) {
    Unit current = unit;
    for (Unit parent = byId.get(current.parentId()); parent != null && !parent.isCity();
        parent = byId.get(current.parentId())) {
      current = parent;
    }
    return current;
  }
}
