package vn.gov.congvu.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code GET /api/dashboard}: the figures an owner or a head reads on "Bảng điều hành", within their units. */
record Dashboard(LocalDate from, LocalDate to, Instant at, boolean wholeCity, List<String> units,
    Tasks tasks, Incidents incidents, Travel travel, List<ReportingPeriod> reporting) {

  /** A count and the cases behind it (the dashboard links each to its instance in Cockpit). */
  record Cases(int count, List<CaseLink> cases) {
  }

  record CaseLink(String processInstanceId, String reference) {
  }

  /** Open tasks now, per unit that must act and per process. */
  record Tasks(List<TaskLoad> byUnit, List<TaskLoad> byProcess) {
  }

  record TaskLoad(String id, String name, Cases open, Cases overdue, Cases dueSoon) {
  }

  /** Median and 90th percentile (nearest rank) in whole minutes; null when nothing was measured. */
  record Durations(int count, Long medianMinutes, Long p90Minutes) {
  }

  record Incidents(List<OpenIncidents> open, List<LevelEscalations> escalations, Map<String, Durations> resolution) {
  }

  record OpenIncidents(String level, String severity, Cases cases) {
  }

  record LevelEscalations(String level, int byClock, int byDecision) {
  }

  /** Requests by outcome ({@code RUNNING} while undecided or under way), how long heads took to decide. */
  record Travel(Map<String, Integer> outcomes, Durations approval, int lateDeclarations, Cases underMonitoring) {
  }

  record ReportingPeriod(String period, List<UnitStatus> units) {
  }

  /** A unit's monthly report: {@code PENDING}, {@code SUBMITTED} or {@code LATE}, late also when submitted after. */
  record UnitStatus(String unitId, String unitName, String status, boolean late, Instant submittedAt, String grade) {
  }
}
