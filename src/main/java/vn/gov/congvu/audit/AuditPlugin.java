package vn.gov.congvu.audit;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.gov.congvu.engine.EveryUserTask;

/** Adds the audit listener to every user task of every diagram, so no decision can skip the register. */
@Component
class AuditPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener listener;

  AuditPlugin(@Lazy AuditTaskListener listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.append(configuration, TaskListener.EVENTNAME_COMPLETE, listener);
  }
}
