package vn.gov.congvu.inputguard;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.gov.congvu.engine.EveryUserTask;

/**
 * Checks every task completion against its process's rule before anything else the completion does, whatever client
 * completed it (the input guard answers REST clients and Tasklist earlier, with the same rule).
 */
@Component
class CompletionCheckPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener check;

  CompletionCheckPlugin(@Lazy CompletionCheck check) {
    this.check = check;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.prepend(configuration, TaskListener.EVENTNAME_COMPLETE, check);
  }
}
