package vn.gov.congvu.inputguard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Puts the application's input rules into the engine's command chain: the refusals recorder outermost (it sees
 * failures when changes are written), the command guard inside the command context (it reads tasks and definitions).
 */
@Component
class EngineInputPlugin extends AbstractProcessEnginePlugin {

  private final List<ProcessInputRule> rules;

  EngineInputPlugin(@Lazy List<ProcessInputRule> rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(with(
        configuration.getCustomPreCommandInterceptorsTxRequired(), new ClientRefusals(configuration), true));
    configuration.setCustomPostCommandInterceptorsTxRequired(with(
        configuration.getCustomPostCommandInterceptorsTxRequired(), new InputCommandGuard(rules), false));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added,
      boolean first) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    if (first) {
      interceptors.add(0, added);
    } else {
      interceptors.add(added);
    }
    return interceptors;
  }
}
