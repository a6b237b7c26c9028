package vn.gov.congvu.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.gov.congvu.calendar.WorkCalendar;
import vn.gov.congvu.dashboard.DashboardAudience.Scope;
import vn.gov.congvu.dashboard.TrendRepository.Approval;
import vn.gov.congvu.dashboard.TrendRepository.Count;
import vn.gov.congvu.dashboard.TrendRepository.IncidentMonth;
import vn.gov.congvu.travel.TravelOutcome;

/** Puts the twelve months of trends together for one audience; every month is listed, measured or not. */
@Service
class TrendService {

  private static final DashboardTrends.Incidents NO_INCIDENTS = new DashboardTrends.Incidents(0, 0, 0);
  private static final DashboardTrends.Reports NO_REPORTS = new DashboardTrends.Reports(0, 0, 0, 0);

  private final TrendRepository repository;
  private final WorkCalendar calendar;

  TrendService(TrendRepository repository, WorkCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  DashboardTrends trends(TrendMonths months, Scope scope) {
    List<Map<String, Integer>> travel = new ArrayList<>();
    List<List<Long>> approvals = new ArrayList<>();
    for (int month = 0; month < TrendMonths.COUNT; month++) {
      travel.add(noRequests());
      approvals.add(new ArrayList<>());
    }
    for (Count count : repository.travelOutcomes(months, scope)) {
      travel.get(count.month()).merge(count.key() == null ? TravelFigures.RUNNING : count.key(), count.count(),
          Integer::sum);
    }
    for (Approval decided : repository.approvals(months, scope)) {
      approvals.get(decided.month())
          .add(calendar.workingTimeBetween(decided.created(), decided.decided()).toMinutes());
    }
    Map<Integer, DashboardTrends.Incidents> incidents = new HashMap<>();
    for (IncidentMonth month : repository.incidents(months, scope)) {
      incidents.put(month.month(), new DashboardTrends.Incidents(month.reported(), month.byClock(),
          month.byDecision()));
    }
    Map<String, DashboardTrends.Reports> reports = new HashMap<>();
    repository.reports(months, scope).forEach(period -> reports.put(period.period(), period.reports()));

    List<DashboardTrends.Month> all = new ArrayList<>();
    List<YearMonth> twelve = months.all();
    for (int month = 0; month < TrendMonths.COUNT; month++) {
      String period = twelve.get(month).toString();
      all.add(new DashboardTrends.Month(period, TrendMonths.label(twelve.get(month)), travel.get(month),
          incidents.getOrDefault(month, NO_INCIDENTS), Percentiles.of(approvals.get(month)),
          reports.getOrDefault(period, NO_REPORTS)));
    }
    return new DashboardTrends(months.first().toString(), months.last().toString(), scope.wholeCity(),
        scope.sorted(), all);
  }

  /** Every outcome of the dashboard, in its order, at zero. */
  private static Map<String, Integer> noRequests() {
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    for (TravelOutcome outcome : TravelOutcome.values()) {
      outcomes.put(outcome.name(), 0);
    }
    outcomes.put(TravelFigures.RUNNING, 0);
    return outcomes;
  }
}
