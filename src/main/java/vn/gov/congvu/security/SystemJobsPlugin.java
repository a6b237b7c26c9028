package vn.gov.congvu.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Keeps system jobs (no process definition) for administrators, in the engine: see {@link SystemJobs}. */
@Component
class SystemJobsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Post interceptors run inside the command context, where the job can be read.
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new SystemJobSuspensionGuard()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new SystemJobSuspensionGuard()));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandChecker> checkers = configuration.getCommandCheckers();
    checkers.replaceAll(checker -> checker.getClass() == AuthorizationCommandChecker.class
        ? new SystemJobCommandChecker() : checker);
    configuration.setFailedJobCommandFactory(new RefusedJobExecution(configuration.getFailedJobCommandFactory()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor added) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    all.add(added);
    return all;
  }
}
