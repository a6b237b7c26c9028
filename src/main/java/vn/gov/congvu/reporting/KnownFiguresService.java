package vn.gov.congvu.reporting;

import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Service;

import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.incident.IncidentSeverity;
import vn.gov.congvu.travel.TravelOutcome;
import vn.gov.congvu.travel.TravelProcess;
import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationType;

/**
 * What the system already knows of a unit for a period (M1): travel decisions and late declarations, incidents by
 * severity, violations recorded. Counted from engine history and the violations register; the caller runs it on
 * behalf of the system, not of a user whose authorizations would hide other units' history.
 */
@Service
class KnownFiguresService {

  private final HistoryService history;
  private final ViolationRegister violations;

  KnownFiguresService(HistoryService history, ViolationRegister violations) {
    this.history = history;
    this.violations = violations;
  }

  KnownFigures of(String unitId, ReportPeriod period) {
    return new KnownFigures(
        (int) travel(unitId, period).variableValueEquals(TravelProcess.VAR_APPROVED, true).count(),
        (int) travelOutcome(unitId, period, TravelOutcome.REJECTED),
        (int) travelOutcome(unitId, period, TravelOutcome.EXPIRED),
        violations.count(unitId, period.toString(), ViolationType.LATE_HEALTH_DECLARATION),
        incidents(unitId, period, IncidentSeverity.LOW), incidents(unitId, period, IncidentSeverity.HIGH),
        incidents(unitId, period, IncidentSeverity.CRITICAL), violations.count(unitId, period.toString(), null));
  }

  private long travelOutcome(String unitId, ReportPeriod period, TravelOutcome outcome) {
    return travel(unitId, period).variableValueEquals(TravelProcess.VAR_OUTCOME, outcome.name()).count();
  }

  private HistoricProcessInstanceQuery travel(String unitId, ReportPeriod period) {
    return inPeriod(period).processDefinitionKey(TravelProcess.KEY)
        .variableValueEquals(TravelProcess.VAR_UNIT_ID, unitId);
  }

  private int incidents(String unitId, ReportPeriod period, IncidentSeverity severity) {
    return (int) inPeriod(period).processDefinitionKey(IncidentProcess.KEY)
        .variableValueEquals(IncidentProcess.VAR_UNIT_ID, unitId)
        .variableValueEquals(IncidentProcess.VAR_SEVERITY, severity.name()).count();
  }

  private HistoricProcessInstanceQuery inPeriod(ReportPeriod period) {
    return history.createHistoricProcessInstanceQuery().startedAfter(Date.from(period.start()))
        .startedBefore(Date.from(period.end()));
  }
}
