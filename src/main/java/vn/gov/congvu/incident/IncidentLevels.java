package vn.gov.congvu.incident;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

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
    execution.setVariables(variables(step, index));
    return step;
  }

  /** What names the level a case is at: its position in the chain, the level, the group that gets the task. */
  static Map<String, Object> variables(EscalationStep step, int index) {
    return Map.of(IncidentProcess.VAR_LEVEL_INDEX, index, IncidentProcess.VAR_LEVEL, step.level().name(),
        IncidentProcess.VAR_LEVEL_LABEL, step.level().label(), IncidentProcess.VAR_CANDIDATE_GROUP,
        step.candidateGroup());
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
