package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.EscalationStep;

/** Puts an incident at a position of its chain: {@code level} always names the current level (contract). */
@Component
class IncidentLevels {

  private final IncidentChain chain;
  private final ChainPosition position;

  IncidentLevels(IncidentChain chain, ChainPosition position) {
    this.chain = chain;
    this.position = position;
  }

  EscalationStep enter(DelegateExecution execution, String unitId, int index) {
    EscalationStep step = chain.step(unitId, index);
    execution.setVariable(IncidentProcess.VAR_LEVEL_INDEX, index);
    execution.setVariable(IncidentProcess.VAR_LEVEL, step.level().name());
    execution.setVariable(IncidentProcess.VAR_CANDIDATE_GROUP, step.candidateGroup());
    return step;
  }

  /**
   * Moves one level up and counts the escalation; returns the new step. One level up is found in the chain as the
   * directory is now (see {@link ChainPosition}); with nothing above, the case stays at the top.
   */
  EscalationStep up(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    execution.setVariable(IncidentProcess.VAR_ESCALATIONS, incident.escalations() + 1);
    return enter(execution, incident.unitId(), position.above(incident.unitId(), incident.level(),
        incident.candidateGroup()).orElse(Integer.MAX_VALUE));
  }

  boolean atTop(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    return position.above(incident.unitId(), incident.level(), incident.candidateGroup()).isEmpty();
  }
}
