package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.EscalationStep;

/** Puts an incident at a position of its chain: {@code level} always names the current level (contract). */
@Component
class IncidentLevels {

  private final IncidentChain chain;

  IncidentLevels(IncidentChain chain) {
    this.chain = chain;
  }

  EscalationStep enter(DelegateExecution execution, String unitId, int index) {
    EscalationStep step = chain.step(unitId, index);
    execution.setVariable(IncidentProcess.VAR_LEVEL_INDEX, index);
    execution.setVariable(IncidentProcess.VAR_LEVEL, step.level().name());
    execution.setVariable(IncidentProcess.VAR_CANDIDATE_GROUP, step.candidateGroup());
    return step;
  }

  /** Moves one level up and counts the escalation; returns the new step. */
  EscalationStep up(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    execution.setVariable(IncidentProcess.VAR_ESCALATIONS, incident.escalations() + 1);
    return enter(execution, incident.unitId(), incident.levelIndex() + 1);
  }

  boolean atTop(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    return chain.isTop(incident.unitId(), incident.levelIndex());
  }
}
