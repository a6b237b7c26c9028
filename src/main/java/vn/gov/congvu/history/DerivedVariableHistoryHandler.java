package vn.gov.congvu.history;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's own database history, less the per-change rows (ACT_HI_DETAIL) of derived variables. Every value a
 * person entered keeps its rows; a derived one keeps its last value in the variable history, and what led to it is
 * in the decision register, the decision-table history and the activity history. At history level full the detail
 * rows were about a third of what each incident and travel step wrote. Display copies ({@link UnrecordedVariables})
 * write no history at all: neither their instance row nor its changes, from creation to deletion alike.
 */
final class DerivedVariableHistoryHandler extends DbHistoryEventHandler {

  private final Map<String, Set<String>> derivedByProcess;
  private final List<UnrecordedVariables> unrecorded;

  DerivedVariableHistoryHandler(Map<String, Set<String>> derivedByProcess, List<UnrecordedVariables> unrecorded) {
    this.derivedByProcess = Map.copyOf(derivedByProcess);
    this.unrecorded = List.copyOf(unrecorded);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable && isUnrecorded(variable.getVariableName())) {
      return;
    }
    super.handleEvent(event);
  }

  boolean isUnrecorded(String variableName) {
    return unrecorded.stream().anyMatch(u -> u.isUnrecorded(variableName));
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return super.shouldWriteHistoricDetail(event) && !isDerived(event.getProcessDefinitionKey(),
        event.getVariableName());
  }

  boolean isDerived(String processKey, String variableName) {
    return processKey != null && derivedByProcess.getOrDefault(processKey, Set.of()).contains(variableName);
  }
}
