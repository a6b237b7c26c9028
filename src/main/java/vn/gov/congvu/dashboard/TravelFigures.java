package vn.gov.congvu.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.congvu.calendar.WorkCalendar;
import vn.gov.congvu.dashboard.DashboardAudience.Scope;
import vn.gov.congvu.dashboard.DashboardRepository.OpenTask;
import vn.gov.congvu.travel.TravelOutcome;
import vn.gov.congvu.travel.TravelProcess;

/**
 * Travel: requests filed in the range by outcome, how long heads took to decide them, late health declarations
 * recorded in the range, and who is under medical monitoring now (asked to report symptoms).
 */
@Component
class TravelFigures {

  /** Requests without an outcome yet. */
  static final String RUNNING = "RUNNING";

  private final DashboardRepository repository;
  private final WorkCalendar calendar;

  TravelFigures(DashboardRepository repository, WorkCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  /** {@code openTasks}: the audience's open tasks, already restricted to its units. */
  Dashboard.Travel of(DashboardRange range, Scope scope, List<OpenTask> openTasks) {
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    for (TravelOutcome outcome : TravelOutcome.values()) {
      outcomes.put(outcome.name(), 0);
    }
    outcomes.put(RUNNING, 0);
    DashboardRepository.TravelRequests requests = repository.travelRequests(range);
    requests.outcomes().stream().filter(counted -> scope.covers(counted.unitId()))
        .forEach(counted -> outcomes.merge(counted.outcome() == null ? RUNNING : counted.outcome(), counted.count(),
            Integer::sum));
    Dashboard.Durations approval = Percentiles.of(requests.approvals().stream()
        .filter(decided -> scope.covers(decided.unitId()))
        .map(decided -> calendar.workingTimeBetween(decided.created(), decided.decided()).toMinutes()).toList());
    int late = (int) repository.lateDeclarationUnits(range).stream().filter(scope::covers).count();
    Dashboard.Cases monitored = TaskLoads.cases(openTasks,
        task -> TravelProcess.TASK_REPORT_SYMPTOMS.equals(task.taskKey()));
    return new Dashboard.Travel(outcomes, approval, late, monitored);
  }
}
