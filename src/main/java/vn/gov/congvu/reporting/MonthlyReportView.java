package vn.gov.congvu.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;

/** Builds a period's report from the application tables, so it shows the state so far while the cycle runs. */
@Service
public class MonthlyReportView {

  private final ReportingRepository repository;
  private final OrganizationDirectory directory;

  MonthlyReportView(ReportingRepository repository, OrganizationDirectory directory) {
    this.repository = repository;
    this.directory = directory;
  }

  public Optional<MonthlyReport> of(String period) {
    Optional<String> status = repository.cycleStatus(period);
    if (status.isEmpty()) {
      return Optional.empty();
    }
    List<UnitReport> units = repository.unitReports(period);
    List<String> late = units.stream().filter(u -> u.late() || u.status() == UnitReportStatus.LATE)
        .map(UnitReport::unitId).toList();
    List<String> aboveCap = units.stream().filter(UnitReport::aboveAttendanceCap).map(UnitReport::unitId).toList();
    return Optional.of(new MonthlyReport(period, status.get(), units, totals(units), late, aboveCap,
        districts(units), repository.assessment(period).orElse(null)));
  }

  private MonthlyReport.Totals totals(List<UnitReport> units) {
    int submitted = 0, pending = 0, late = 0, infected = 0, handled = 0, recorded = 0, declarations = 0,
        incidents = 0;
    for (UnitReport u : units) {
      submitted += u.status() == UnitReportStatus.SUBMITTED ? 1 : 0;
      pending += u.status() == UnitReportStatus.PENDING ? 1 : 0;
      late += u.status() == UnitReportStatus.LATE ? 1 : 0;
      infected += value(u.staffInfected());
      handled += value(u.violationsHandled());
      recorded += u.known().violationsRecorded();
      declarations += u.known().lateDeclarations();
      incidents += u.known().incidentsLow() + u.known().incidentsHigh() + u.known().incidentsCritical();
    }
    return new MonthlyReport.Totals(submitted, pending, late, infected, handled, recorded, declarations, incidents);
  }

  private List<MonthlyReport.DistrictRollUp> districts(List<UnitReport> units) {
    // The whole directory once, not two queries per unit and level: a city has a thousand units.
    Map<String, Unit> directoryUnits = directory.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
    Map<String, List<UnitReport>> byTop = new LinkedHashMap<>();
    for (UnitReport u : units) {
      byTop.computeIfAbsent(topUnitBelowCity(u.unitId(), directoryUnits), k -> new ArrayList<>()).add(u);
    }
    List<MonthlyReport.DistrictRollUp> rollUps = new ArrayList<>();
    byTop.forEach((top, members) -> rollUps.add(new MonthlyReport.DistrictRollUp(top,
        Optional.ofNullable(directoryUnits.get(top)).map(Unit::name).orElse(top), members.stream().map(UnitReport::unitId).toList(),
        members.stream().mapToInt(m -> value(m.staffInfected())).sum(),
        members.stream().mapToInt(m -> value(m.violationsHandled())).sum(),
        members.stream().mapToInt(m -> m.known().incidentsLow() + m.known().incidentsHigh()
            + m.known().incidentsCritical()).sum())));
    return rollUps;
  }

  /** A ward rolls up into its district; districts and departments stand for themselves. */
  private static String topUnitBelowCity(String unitId, Map<String, Unit> units) {
    String current = unitId;
    for (Unit parent = parentOf(current, units); parent != null && parent.kind() != UnitKind.CITY;
        parent = parentOf(current, units)) {
      current = parent.id();
    }
    return current;
  }

  private static Unit parentOf(String unitId, Map<String, Unit> units) {
    Unit unit = units.get(unitId);
    return unit == null || unit.parentId() == null ? null : units.get(unit.parentId());
  }

  private static int value(Integer number) {
    return number == null ? 0 : number;
  }
}
