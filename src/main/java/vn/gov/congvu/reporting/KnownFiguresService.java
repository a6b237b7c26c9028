package vn.gov.congvu.reporting;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.incident.IncidentSeverity;
import vn.gov.congvu.travel.TravelOutcome;
import vn.gov.congvu.travel.TravelProcess;
import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationType;

/**
 * What the system already knows of each unit for a period (M1): travel decisions and late declarations, incidents by
 * severity, violations recorded. Read for all units at once from engine history and the violations register (a
 * handful of queries per period, not several per unit); the caller runs it on behalf of the system, not of a user
 * whose authorizations would hide other units' history.
 */
@Service
class KnownFiguresService {

  private static final int PAGE = 500;

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
        IncidentProcess.VAR_SEVERITY)) {
      Counts counts = units.computeIfAbsent((String) incident.get(IncidentProcess.VAR_UNIT_ID), id -> new Counts());
      Object severity = incident.get(IncidentProcess.VAR_SEVERITY);
      counts.incidentsLow += IncidentSeverity.LOW.name().equals(severity) ? 1 : 0;
      counts.incidentsHigh += IncidentSeverity.HIGH.name().equals(severity) ? 1 : 0;
      counts.incidentsCritical += IncidentSeverity.CRITICAL.name().equals(severity) ? 1 : 0;
    }
    violations.countsByUnit(period.toString()).forEach((unitId, byType) -> {
      Counts counts = units.computeIfAbsent(unitId, id -> new Counts());
      counts.lateDeclarations = byType.getOrDefault(ViolationType.LATE_HEALTH_DECLARATION, 0);
      counts.violations = byType.values().stream().mapToInt(Integer::intValue).sum();
    });
    Map<String, KnownFigures> figures = new HashMap<>();
    units.forEach((unitId, c) -> figures.put(unitId, new KnownFigures(c.travelApproved, c.travelRejected,
        c.travelExpired, c.lateDeclarations, c.incidentsLow, c.incidentsHigh, c.incidentsCritical, c.violations)));
    figures.remove(null);
    return figures;
  }

  /** The named variables of each instance of a process started in the period, one map per instance. */
  private List<Map<String, Object>> variablesOf(String processKey, ReportPeriod period, String... names) {
    List<Map<String, Object>> instances = new ArrayList<>();
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .startedAfter(Date.from(period.start())).startedBefore(Date.from(period.end())).orderByProcessInstanceId()
        .asc();
    List<HistoricProcessInstance> page;
    for (int first = 0; !(page = query.listPage(first, PAGE)).isEmpty(); first += PAGE) {
      Map<String, Map<String, Object>> byInstance = new HashMap<>();
      String[] ids = page.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
          .variableNameIn(names).disableCustomObjectDeserialization().listPage(0, ids.length * names.length)) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
      instances.addAll(byInstance.values());
    }
    return instances;
  }

  private static final class Counts {
    int travelApproved;
    int travelRejected;
    int travelExpired;
    int lateDeclarations;
    int incidentsLow;
    int incidentsHigh;
    int incidentsCritical;
    int violations;
  }
}
