package vn.gov.congvu.reporting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.gov.congvu.calendar.WorkCalendar;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;

/** The monthly cycle's rules (M1–M4, W2): who reports, by when, what is known, how units are graded. */
@Service
public class MonthlyReportService {

  private final ReportingRepository repository;
  private final OrganizationDirectory directory;
  private final KnownFiguresService known;
  private final ComplianceGrader grader;
  private final WorkCalendar calendar;
  private final ReportingSettings settings;

  MonthlyReportService(ReportingRepository repository, OrganizationDirectory directory, KnownFiguresService known,
      ComplianceGrader grader, WorkCalendar calendar, ReportingSettings settings) {
    this.repository = repository;
    this.directory = directory;
    this.known = known;
    this.grader = grader;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** Reserves the period for a start about to happen in the same transaction; false when it is taken. */
  boolean reserve(ReportPeriod period, String token, String startedBy, Instant now) {
    return repository.reserve(period.toString(), token, now, startedBy, submissionDue(now));
  }

  /**
   * Opens the period's cycle: one report per active unit below the City People's Committee, pre-filled. A start
   * that reserved the period takes its reservation over; the month-end timer finds it free or ends quietly.
   */
  OpenedCycle open(ReportPeriod period, String processInstanceId, String startedBy, Instant now,
      String reservation) {
    Instant submissionDue = submissionDue(now);
    boolean reserved = reservation != null
        && repository.claimReservation(period.toString(), reservation, processInstanceId);
    if (!reserved) {
      if (repository.cycleExists(period.toString())) {
        throw new PeriodAlreadyOpenException(period.toString());
      }
      repository.insertCycle(period.toString(), processInstanceId, now, startedBy, submissionDue);
    }
    Instant consolidationDue = calendar.addWorkingDays(now.truncatedTo(ChronoUnit.MINUTES),
        settings.consolidationWorkingDays());
    List<String> units = directory.activeUnits().stream().map(Unit::id).toList();
    Map<String, KnownFigures> figures = known.of(period);
    for (String unitId : units) {
      repository.insertUnit(period.toString(), unitId, figures.getOrDefault(unitId, KnownFigures.NONE));
    }
    return new OpenedCycle(units, submissionDue, consolidationDue);
  }

  private Instant submissionDue(Instant now) {
    return calendar.addWorkingDays(now.truncatedTo(ChronoUnit.MINUTES), settings.submissionWorkingDays());
  }

  void submit(String period, String unitId, UnitSubmission submission, String by, Instant at) {
    repository.submit(period, unitId, submission, by, at);
  }

  List<String> markLate(String period) {
    return repository.markLate(period);
  }

  /** Grades every unit and hands the report to Home Affairs. */
  void consolidate(String period) {
    Function<UnitReport, String> grade = grader.forOneConsolidation();
    Map<String, String> grades = new LinkedHashMap<>();
    for (UnitReport report : repository.unitReports(period)) {
      grades.put(report.unitId(), grade.apply(report));
    }
    repository.grades(period, grades);
    repository.cycleStatus(period, "CONSOLIDATING", null, null);
  }

  void assessed(String period, String assessment, Instant at) {
    repository.cycleStatus(period, "REVIEWING", assessment, at);
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
