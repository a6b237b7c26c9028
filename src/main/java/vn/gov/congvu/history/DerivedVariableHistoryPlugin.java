package vn.gov.congvu.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/** Puts {@link DerivedVariableHistoryHandler} in place of the engine's default database history handler. */
@Component
class DerivedVariableHistoryPlugin extends AbstractProcessEnginePlugin {

  private final Map<String, Set<String>> derivedByProcess = new HashMap<>();
  private final List<UnrecordedVariables> unrecorded;

  DerivedVariableHistoryPlugin(List<DerivedVariables> declared, List<UnrecordedVariables> unrecorded) {
    this.unrecorded = unrecorded;
    for (DerivedVariables variables : declared) {
      for (String key : variables.processKeys()) {
        derivedByProcess.computeIfAbsent(key, k -> new HashSet<>()).addAll(variables.derivedVariables());
      }
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Other handlers (the starter's event publishing) stay; only the default database one is replaced.
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new DerivedVariableHistoryHandler(derivedByProcess, unrecorded));
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }
}
