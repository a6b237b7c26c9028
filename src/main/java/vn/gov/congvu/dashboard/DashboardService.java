package vn.gov.congvu.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import vn.gov.congvu.calendar.WorkCalendar;
import vn.gov.congvu.calendar.WorkingTime;
import vn.gov.congvu.dashboard.DashboardAudience.Scope;
import vn.gov.congvu.dashboard.DashboardRepository.OpenTask;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.reporting.ReportingRepository;
import vn.gov.congvu.reporting.UnitReport;

/** Puts the dashboard together for one audience: every figure is restricted to the units it covers. */
@Service
class DashboardService {

  /** The end of "due soon", as in the Tasklist filter: one working day from now. */
  private static final String DUE_SOON = "working P1D";

  private final DashboardRepository repository;
  private final IncidentFigures incidents;
  private final TravelFigures travel;
  private final ReportingRepository reports;
  private final OrganizationDirectory directory;
  private final WorkingTime workingTime;
  private final SideBySideReads reads;

  DashboardService(DashboardRepository repository, IncidentFigures incidents, TravelFigures travel,
      ReportingRepository reports, OrganizationDirectory directory, WorkingTime workingTime, SideBySideReads reads) {
    this.repository = repository;
    this.incidents = incidents;
    this.travel = travel;
    this.reports = reports;
    this.directory = directory;
    this.workingTime = workingTime;
    this.reads = reads;
  }

  Dashboard figures(DashboardRange range, Scope scope) {
    CompletableFuture<Dashboard.Incidents> incidentFigures = reads.start(() -> incidents.of(range, scope));
    Date clock = ClockUtil.getCurrentTime();
    Instant now = clock.toInstant();
    Map<String, String> unitNames = new HashMap<>();
    directory.units().forEach(unit -> unitNames.put(unit.id(), unit.name()));
    List<OpenTask> tasks = tasksOf(repository.openTasks(), scope);
    Instant soon = workingTime.from(clock, DUE_SOON).toInstant();
    Dashboard.Tasks load = new Dashboard.Tasks(
        TaskLoads.of(tasks, this::unitOf, id -> unitNames.getOrDefault(id, id), now, soon),
        TaskLoads.of(tasks, task -> Optional.of(task.processKey()), id -> processName(tasks, id), now, soon));
    Dashboard.Travel travelFigures = travel.of(range, scope, tasks);
    return new Dashboard(range.from(), range.to(), now, scope.wholeCity(), scope.sorted(), load,
        SideBySideReads.result(incidentFigures), travelFigures, reporting(scope, unitNames, now));
  }

  private List<OpenTask> tasksOf(List<OpenTask> all, Scope scope) {
    Map<String, Optional<String>> assigneeUnits = new HashMap<>();
    return all.stream().filter(task -> unitOf(task, assigneeUnits).map(scope::covers).orElse(scope.wholeCity()))
        .toList();
  }

  /** The unit that is to act: the unit of the candidate group, else the assignee's. */
  private Optional<String> unitOf(OpenTask task) {
    return unitOf(task, new HashMap<>());
  }

  private Optional<String> unitOf(OpenTask task, Map<String, Optional<String>> assigneeUnits) {
    Optional<String> group = DirectoryGroups.unitOf(task.candidateGroup());
    if (group.isPresent() || task.assignee() == null) {
      return group;
    }
    return assigneeUnits.computeIfAbsent(task.assignee(),
        user -> directory.staffMember(user).map(StaffMember::unitId));
  }

  private static String processName(List<OpenTask> tasks, String key) {
    return tasks.stream().filter(t -> t.processKey().equals(key)).map(OpenTask::processName)
        .filter(name -> name != null).findFirst().orElse(key);
  }

  /** This month's and last month's reports, each unit of the audience with its status and grade. */
  private List<Dashboard.ReportingPeriod> reporting(Scope scope, Map<String, String> unitNames, Instant now) {
    YearMonth current = YearMonth.from(LocalDate.ofInstant(now, WorkCalendar.ZONE));
    return List.of(current, current.minusMonths(1)).stream().map(YearMonth::toString)
        .map(period -> new Dashboard.ReportingPeriod(period, reports.unitReports(period).stream()
            .filter(report -> scope.covers(report.unitId()))
            .map(report -> status(report, unitNames)).toList()))
        .toList();
  }

  private static Dashboard.UnitStatus status(UnitReport report, Map<String, String> unitNames) {
    return new Dashboard.UnitStatus(report.unitId(), unitNames.getOrDefault(report.unitId(), report.unitId()),
        report.status().name(), report.late(), report.submittedAt(), report.grade());
  }

  static Map<String, Integer> counted(List<String> keys) {
    Map<String, Integer> counts = new TreeMap<>();
    keys.forEach(key -> counts.merge(key, 1, Integer::sum));
    return counts;
  }
}
