package vn.gov.congvu.incident;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.gov.congvu.history.DerivedVariables;

/**
 * What the incident chain works out itself: the level and its group and deadline (the chain log, the tasks and the
 * decision-table history show each step), the running log, the counters and the closing values.
 */
@Component
class IncidentDerivedVariables implements DerivedVariables {

  @Override
  public String processKey() {
    return IncidentProcess.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(IncidentProcess.VAR_UNIT_NAME, IncidentProcess.VAR_REPORTED_BY, IncidentProcess.VAR_URGENT,
        IncidentProcess.VAR_LEVEL, IncidentProcess.VAR_LEVEL_INDEX, IncidentProcess.VAR_CANDIDATE_GROUP,
        IncidentProcess.VAR_LEVEL_SLA, IncidentProcess.VAR_ESCALATIONS, IncidentProcess.VAR_HISTORY,
        IncidentProcess.VAR_OUTCOME, IncidentProcess.VAR_RESOLVED_LEVEL);
  }
}
