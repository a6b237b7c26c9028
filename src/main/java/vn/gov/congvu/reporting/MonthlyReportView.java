package vn.gov.congvu.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;

/** Builds a period's report from the application tables, so it shows the state so far while the cycle runs. */
@Service
public class MonthlyReportView {

  private final ReportingRepository repository;
  private final DistrictReportRepository districtReports;
  private final OrganizationDirectory directory;
  private final EpidemicSituations situations;

  MonthlyReportView(ReportingRepository repository, DistrictReportRepository districtReports,
      OrganizationDirectory directory, EpidemicSituations situations) {
    this.repository = repository;
    this.districtReports = districtReports;
    this.directory = directory;
    this.situations = situations;
  }

  public Optional<MonthlyReport> of(String period) {
    return repository.cycleStatus(period).map(status -> {
      List<UnitReport> rows = repository.unitReports(period);
      return report(period, status, rows, districts(rows), districtReports.of(period));
    });
  }

  /**
   * The part of the report a district consolidates: itself and the units that report through it, read alone (a
   * city has dozens of districts, each consolidating while the others still report).
   */
  Optional<MonthlyReport> ofDistrict(String period, String districtId) {
    return repository.cycleStatus(period).map(status -> {
      List<UnitReport> rows = repository.unitReportsThrough(period, districtId);
      String name = directory.unit(districtId).map(Unit::name).orElse(districtId);
      return report(period, status, rows, List.of(rollUp(districtId, name, rows)), List.of());
    });
  }

  private MonthlyReport report(String period, String status, List<UnitReport> rows,
      List<MonthlyReport.DistrictRollUp> rollUps, List<DistrictReport> districts) {
    ReportPeriod month = ReportPeriod.parse(period).orElseThrow();
    Function<String, UnitSituation> situation = situations.forPeriod(month);
    List<UnitReport> units = rows.stream().map(u -> u.with(situation.apply(u.unitId()))).toList();
    List<String> late = units.stream().filter(u -> u.late() || u.status() == UnitReportStatus.LATE)
        .map(UnitReport::unitId).toList();
    List<String> aboveCap = units.stream().filter(UnitReport::aboveOnSiteCap).map(UnitReport::unitId).toList();
    return new MonthlyReport(period, status, units, totals(units), late, aboveCap, rollUps, districts,
        repository.assessment(period).orElse(null), repository.directions(period).orElse(null));
  }

  private static MonthlyReport.Totals totals(List<UnitReport> units) {
    List<UnitSubmission> submitted = units.stream().map(UnitReport::submission).filter(Objects::nonNull).toList();
    List<KnownFigures> known = units.stream().map(UnitReport::known).toList();
    return new MonthlyReport.Totals(sum(units, u -> u.status() == UnitReportStatus.SUBMITTED ? 1 : 0),
        sum(units, u -> u.status() == UnitReportStatus.PENDING ? 1 : 0),
        sum(units, u -> u.status() == UnitReportStatus.LATE ? 1 : 0), sum(submitted, UnitSubmission::staffInfected),
        sum(submitted, s -> value(s.staffInfectedByNonCompliance())), sum(submitted, UnitSubmission::violationsHandled),
        sum(known, KnownFigures::violationsRecorded), sum(known, KnownFigures::violationsSelfHandled),
        sum(known, KnownFigures::lateDeclarations), sum(known, KnownFigures::incidents),
        sum(known, KnownFigures::infectionsReported), sum(submitted, s -> value(s.workFromHome())),
        sum(submitted, s -> s.safetyCriteriaReviewed() ? 1 : 0),
        sum(submitted, s -> Boolean.TRUE.equals(s.workingRulesReviewed()) ? 1 : 0),
        sum(submitted, s -> s.rewardsProposed() != null ? 1 : 0));
  }

  private static <T> int sum(List<T> items, ToIntFunction<T> value) {
    return items.stream().mapToInt(value).sum();
  }

  private List<MonthlyReport.DistrictRollUp> districts(List<UnitReport> units) {
    // The whole directory once, not two queries per unit and level: a city has a thousand units.
    Map<String, Unit> directoryUnits = directory.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
    Map<String, List<UnitReport>> byTop = new LinkedHashMap<>();
    for (UnitReport u : units) {
      byTop.computeIfAbsent(topUnitBelowCity(u.unitId(), directoryUnits), k -> new ArrayList<>()).add(u);
    }
    List<MonthlyReport.DistrictRollUp> rollUps = new ArrayList<>();
    byTop.forEach((top, members) -> rollUps.add(rollUp(top,
        Optional.ofNullable(directoryUnits.get(top)).map(Unit::name).orElse(top), members)));
    return rollUps;
  }

  private static MonthlyReport.DistrictRollUp rollUp(String unitId, String name, List<UnitReport> members) {
    return new MonthlyReport.DistrictRollUp(unitId, name, members.stream().map(UnitReport::unitId).toList(),
        sum(members, m -> m.submission() == null ? 0 : m.submission().staffInfected()),
        sum(members, m -> m.submission() == null ? 0 : m.submission().violationsHandled()),
        sum(members, m -> m.known().incidents()));
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
