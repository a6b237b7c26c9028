package vn.gov.congvu.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import vn.gov.congvu.incident.EscalationLevel;
import vn.gov.congvu.incident.IncidentCategory;
import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.incident.IncidentSeverity;
import vn.gov.congvu.travel.TravelOutcome;
import vn.gov.congvu.travel.TravelProcess;
import vn.gov.congvu.violation.ViolationHandling;
import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationSource;
import vn.gov.congvu.violation.ViolationType;

/**
 * What the system already knows of each unit for a period (M1): travel decisions and late declarations, incidents by
 * severity and infections, violations recorded. Read for all units at once from engine history and the violations
 * register (a handful of queries per period, not several per unit); the caller runs it on behalf of the system, not
 * of a user whose authorizations would hide other units' history.
 * <p>
 * A violation counts as found and handled by the unit itself (seed 002: units that handle violations strictly are
 * rewarded, so it must not lower their grade) when it was recorded by an incident its own levels resolved: its duty
 * officer or its head ({@code resolvedLevel} UNIT_DUTY or UNIT_HEAD), the violator being of the incident's unit,
 * whatever the source (picking up the press and the 1022 portal is the unit's job, seed 000). Late health
 * declarations are recorded by the clock, and a case resolved by the district, Home Affairs or the City was not
 * handled by the unit: those are found by others.
 */
@Service
class KnownFiguresService {

  private static final int PAGE = 500;
  private static final Set<Object> UNIT_OWN_LEVELS = Set.of(EscalationLevel.UNIT_DUTY.name(),
      EscalationLevel.UNIT_HEAD.name());

  private final HistoryService history;
  private final ViolationRegister violations;

  KnownFiguresService(HistoryService history, ViolationRegister violations) {
    this.history = history;
    this.violations = violations;
  }

  /** The figures of every unit with something known in the period; a unit absent has nothing known. */
  Map<String, KnownFigures> of(ReportPeriod period) {
    Map<String, Counts> units = new HashMap<>();
    for (Map<String, Object> travel : variablesOf(TravelProcess.KEY, period, TravelProcess.VAR_UNIT_ID,
        TravelProcess.VAR_APPROVED, TravelProcess.VAR_OUTCOME)) {
      Counts counts = units.computeIfAbsent((String) travel.get(TravelProcess.VAR_UNIT_ID), id -> new Counts());
      counts.travelApproved += Boolean.TRUE.equals(travel.get(TravelProcess.VAR_APPROVED)) ? 1 : 0;
      counts.travelRejected += TravelOutcome.REJECTED.name().equals(travel.get(TravelProcess.VAR_OUTCOME)) ? 1 : 0;
      counts.travelExpired += TravelOutcome.EXPIRED.name().equals(travel.get(TravelProcess.VAR_OUTCOME)) ? 1 : 0;
    }
    for (Map<String, Object> incident : variablesOf(IncidentProcess.KEY, period, IncidentProcess.VAR_UNIT_ID,
        IncidentProcess.VAR_SEVERITY, IncidentProcess.VAR_CATEGORY)) {
      Counts counts = units.computeIfAbsent((String) incident.get(IncidentProcess.VAR_UNIT_ID), id -> new Counts());
      Object severity = incident.get(IncidentProcess.VAR_SEVERITY);
      counts.incidentsLow += IncidentSeverity.LOW.name().equals(severity) ? 1 : 0;
      counts.incidentsHigh += IncidentSeverity.HIGH.name().equals(severity) ? 1 : 0;
      counts.incidentsCritical += IncidentSeverity.CRITICAL.name().equals(severity) ? 1 : 0;
      counts.infections += IncidentCategory.INFECTION.name().equals(incident.get(IncidentProcess.VAR_CATEGORY))
          ? 1 : 0;
    }
    countViolations(period, units);
    Map<String, KnownFigures> figures = new HashMap<>();
    units.forEach((unitId, c) -> figures.put(unitId, new KnownFigures(c.travelApproved, c.travelRejected,
        c.travelExpired, c.lateDeclarations, c.incidentsLow, c.incidentsHigh, c.incidentsCritical, c.infections,
        c.violations, c.selfHandled, c.handlings)));
    figures.remove(null);
    return figures;
  }

  private void countViolations(ReportPeriod period, Map<String, Counts> units) {
    List<ViolationSource> sources = violations.sources(period.toString());
    Map<String, Map<String, Object>> incidents = variablesOf(sources.stream()
        .filter(v -> v.type() == ViolationType.STAFF_VIOLATION).map(ViolationSource::processInstanceId).distinct()
        .toList(), IncidentProcess.VAR_RESOLVED_LEVEL, IncidentProcess.VAR_UNIT_ID);
    for (ViolationSource violation : sources) {
      Counts counts = units.computeIfAbsent(violation.unitId(), id -> new Counts());
      counts.violations++;
      if (violation.handling() != null) {
        counts.handlings.merge(violation.handling(), 1, Integer::sum);
      }
      counts.lateDeclarations += violation.type() == ViolationType.LATE_HEALTH_DECLARATION ? 1 : 0;
      Map<String, Object> incident = incidents.getOrDefault(violation.processInstanceId(), Map.of());
      counts.selfHandled += violation.type() == ViolationType.STAFF_VIOLATION
          && incident.get(IncidentProcess.VAR_RESOLVED_LEVEL) != null // Set.of refuses to look for null
          && UNIT_OWN_LEVELS.contains(incident.get(IncidentProcess.VAR_RESOLVED_LEVEL))
          && violation.unitId().equals(incident.get(IncidentProcess.VAR_UNIT_ID)) ? 1 : 0;
    }
  }

  /** The named variables of each instance of a process started in the period, one map per instance. */
  private List<Map<String, Object>> variablesOf(String processKey, ReportPeriod period, String... names) {
    List<Map<String, Object>> instances = new ArrayList<>();
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .startedAfter(Date.from(period.start())).startedBefore(Date.from(period.end())).orderByProcessInstanceId()
        .asc();
    List<HistoricProcessInstance> page;
    for (int first = 0; !(page = query.listPage(first, PAGE)).isEmpty(); first += PAGE) {
      instances.addAll(variablesOf(page.stream().map(HistoricProcessInstance::getId).toList(), names).values());
    }
    return instances;
  }

  /** The named variables of the given instances, by instance id, a page of instances per query. */
  private Map<String, Map<String, Object>> variablesOf(Collection<String> instanceIds, String... names) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    List<String> ids = List.copyOf(instanceIds);
    for (int first = 0; first < ids.size(); first += PAGE) {
      String[] page = ids.subList(first, Math.min(ids.size(), first + PAGE)).toArray(String[]::new);
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(page).variableNameIn(names).disableCustomObjectDeserialization()
          .listPage(0, page.length * names.length)) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

  private static final class Counts {
    int travelApproved;
    int travelRejected;
    int travelExpired;
    int lateDeclarations;
    int incidentsLow;
    int incidentsHigh;
    int incidentsCritical;
    int infections;
    int violations;
    int selfHandled;
    final Map<ViolationHandling, Integer> handlings = new EnumMap<>(ViolationHandling.class);
  }
}
