package vn.gov.congvu.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.gov.congvu.dashboard.DashboardAudience.Scope;
import vn.gov.congvu.dashboard.DashboardRepository.IncidentCase;
import vn.gov.congvu.dashboard.DashboardRepository.OpenIncident;
import vn.gov.congvu.incident.EscalationLevel;
import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.incident.IncidentSeverity;
import vn.gov.congvu.incident.LevelAction;

/**
 * Incidents: open now by level and severity; of those reported in the range, how often each level passed a case up
 * by the clock or by decision, and how long resolved cases took from report to resolution, per severity.
 */
@Component
class IncidentFigures {

  private final DashboardRepository repository;

  IncidentFigures(DashboardRepository repository) {
    this.repository = repository;
  }

  Dashboard.Incidents of(DashboardRange range, Scope scope) {
    List<IncidentCase> reported = repository.incidentsStarted(range).stream()
        .filter(incident -> scope.covers(incident.unitId())).toList();
    return new Dashboard.Incidents(open(scope), escalations(reported), resolution(reported));
  }

  private List<Dashboard.OpenIncidents> open(Scope scope) {
    Map<List<String>, List<Dashboard.CaseLink>> byLevelAndSeverity = new TreeMap<>(
        Comparator.<List<String>, Integer>comparing(key -> levelOrder(key.get(0))).thenComparing(key -> key.get(1)));
    for (OpenIncident incident : repository.openIncidents()) {
      if (scope.covers(incident.unitId()) && incident.level() != null && incident.severity() != null) {
        byLevelAndSeverity.computeIfAbsent(List.of(incident.level(), incident.severity()), k -> new ArrayList<>())
            .add(incident.instance());
      }
    }
    return byLevelAndSeverity.entrySet().stream().map(e -> new Dashboard.OpenIncidents(e.getKey().get(0),
        e.getKey().get(1), new Dashboard.Cases(e.getValue().size(), e.getValue()))).toList();
  }

  /** Every level of the chain, in order, with how many cases it passed up by the clock and by its decision. */
  private static List<Dashboard.LevelEscalations> escalations(List<IncidentCase> reported) {
    Map<String, int[]> byLevel = new LinkedHashMap<>();
    for (EscalationLevel level : EscalationLevel.values()) {
      byLevel.put(level.name(), new int[2]);
    }
    for (IncidentCase incident : reported) {
      for (LevelAction action : LevelAction.of(incident.history())) {
        int[] counts = byLevel.get(action.level());
        if (action.kind() == LevelAction.Kind.ESCALATED_BY_CLOCK) {
          counts[0]++;
        } else if (action.kind() == LevelAction.Kind.ESCALATED_BY_DECISION) {
          counts[1]++;
        }
      }
    }
    return byLevel.entrySet().stream()
        .map(e -> new Dashboard.LevelEscalations(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  /** From report to resolution, per severity (every severity listed, measured or not). */
  private static Map<String, Dashboard.Durations> resolution(List<IncidentCase> reported) {
    Map<String, Dashboard.Durations> bySeverity = new LinkedHashMap<>();
    for (IncidentSeverity severity : IncidentSeverity.values()) {
      bySeverity.put(severity.name(), Percentiles.of(reported.stream()
          .filter(i -> severity.name().equals(i.severity()) && i.end() != null
              && IncidentProcess.OUTCOME_RESOLVED.equals(i.outcome()))
          .map(i -> Duration.between(i.start(), i.end()).toMinutes()).toList()));
    }
    return bySeverity;
  }

  private static int levelOrder(String level) {
    for (EscalationLevel known : EscalationLevel.values()) {
      if (known.name().equals(level)) {
        return known.ordinal();
      }
    }
    return EscalationLevel.values().length;
  }
}
