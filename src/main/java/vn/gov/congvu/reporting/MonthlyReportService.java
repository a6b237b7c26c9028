package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;

/** The monthly cycle's rules (M1–M4, W2): who reports, by when, what is known, how units are graded. */
@Service
public class MonthlyReportService {

  private final ReportingRepository repository;
  private final OrganizationDirectory directory;
  private final KnownFiguresService known;
  private final ComplianceGrader grader;
  private final MonthlyReportSchedule schedule;
  private final EpidemicSituations situations;
  private final DistrictReportRepository districts;

  MonthlyReportService(ReportingRepository repository, OrganizationDirectory directory, KnownFiguresService known,
      ComplianceGrader grader, MonthlyReportSchedule schedule, EpidemicSituations situations,
      DistrictReportRepository districts) {
    this.repository = repository;
    this.districts = districts;
    this.directory = directory;
    this.known = known;
    this.grader = grader;
    this.schedule = schedule;
    this.situations = situations;
  }

  /** The period a cycle may be opened for now, or the refusal naming it ({@link PeriodBounds}). */
  ReportPeriod acceptedPeriod(Object given, Instant now) {
    return PeriodBounds.accepted(given, repository.installedAt(now), now);
  }

  /** Reserves the period for a start about to happen in the same transaction; false when it is taken. */
  boolean reserve(ReportPeriod period, String token, String startedBy, Instant now) {
    return repository.reserve(period.toString(), token, now, startedBy, schedule.submissionDue(period, now));
  }

  /**
   * Opens the period's cycle: one report per active unit below the City People's Committee, pre-filled, each with
   * the district it reports through ({@link ReportingLines}), and one consolidated report per such district. A start
   * that reserved the period takes its reservation over; the opening timer finds it free or ends quietly.
   */
  OpenedCycle open(ReportPeriod period, String processInstanceId, String startedBy, Instant now,
      String reservation) {
    Instant submissionDue = schedule.submissionDue(period, now);
    boolean reserved = reservation != null
        && repository.claimReservation(period.toString(), reservation, processInstanceId);
    if (!reserved) {
      if (repository.cycleExists(period.toString())) {
        throw new PeriodAlreadyOpenException(period.toString());
      }
      repository.insertCycle(period.toString(), processInstanceId, now, startedBy, submissionDue);
    }
    List<Unit> reporting = directory.activeUnits();
    List<String> units = reporting.stream().map(Unit::id).toList();
    Map<String, String> reportsThrough = ReportingLines.of(reporting, directory.units());
    repository.insertUnits(period.toString(), units, known.of(period), reportsThrough);
    districts.insert(period.toString(), reportsThrough.values().stream().distinct().sorted().toList());
    return new OpenedCycle(units, reportsThrough, submissionDue, schedule.districtConsolidationDue(submissionDue),
        schedule.consolidationDue(submissionDue));
  }

  void submit(String period, String unitId, UnitSubmission submission, String by, Instant at) {
    repository.submit(period, unitId, submission, by, at);
  }

  List<String> markLate(String period) {
    return repository.markLate(period);
  }

  /**
   * Counts what is known again over the whole month (the cycle opened before its last days), grades every unit with
   * the on-site cap it had, and hands the report to Home Affairs.
   */
  void consolidate(String period) {
    ReportPeriod month = ReportPeriod.parse(period).orElseThrow();
    repository.refreshKnown(period, repository.unitIds(period), known.of(month));
    Function<UnitReport, String> grade = grader.forOneConsolidation();
    Map<String, String> grades = new LinkedHashMap<>();
    Function<String, UnitSituation> situation = situations.forPeriod(month);
    for (UnitReport report : repository.unitReports(period)) {
      grades.put(report.unitId(), grade.apply(report.with(situation.apply(report.unitId()))));
    }
    repository.grades(period, grades);
    repository.cycleStatus(period, "CONSOLIDATING", null, null);
  }

  void assessed(String period, String assessment, Instant at) {
    repository.cycleStatus(period, "REVIEWING", assessment, at);
  }

  void directed(String period, String directions) {
    repository.directions(period, directions);
  }

  String directions(String period) {
    return repository.directions(period).orElse(null);
  }

  List<String> unitIds(String period) {
    return repository.unitIds(period);
  }

  void closed(String period, Instant at) {
    repository.cycleStatus(period, "CLOSED", null, at);
  }

  String unitName(String unitId) {
    return directory.unit(unitId).map(Unit::name).orElse(unitId);
  }

  /** The units' names as a notification lists them (the first few, then how many more). */
  String unitNames(List<String> unitIds) {
    return ConsolidationText.names(unitIds, this::unitName);
  }

  /** What a unit's task opens with: the unit's name and what the system knows of it for the period. */
  UnitTaskOpening opening(String period, String unitId) {
    return new UnitTaskOpening(unitName(unitId),
        repository.unitReport(period, unitId).map(report -> report.known().describe()).orElse(null));
  }
}
