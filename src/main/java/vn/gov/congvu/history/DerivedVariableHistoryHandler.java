package vn.gov.congvu.history;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's own database history, less the per-change rows (ACT_HI_DETAIL) of derived variables. Every value a
 * person entered keeps its rows; a derived one keeps its last value in the variable history, and what led to it is
 * in the decision register, the decision-table history and the activity history. At history level full the detail
 * rows were about a third of what each incident and travel step wrote.
 */
final class DerivedVariableHistoryHandler extends DbHistoryEventHandler {

  private final Map<String, Set<String>> derivedByProcess;

  DerivedVariableHistoryHandler(Map<String, Set<String>> derivedByProcess) {
    this.derivedByProcess = Map.copyOf(derivedByProcess);
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
