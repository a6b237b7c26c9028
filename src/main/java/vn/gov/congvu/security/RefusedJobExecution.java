package vn.gov.congvu.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;

/**
 * A caller refused permission to execute a job is not a failure of that job. Camunda 7.24 runs its failed-job handling
 * for any exception of {@code executeJob}, so every refused attempt cost the job a retry and stored the refusal as its
 * stack trace: three refused calls turned a deadline timer into an incident. Failures inside the job executor are
 * handled by Camunda's own command as before.
 */
class RefusedJobExecution implements FailedJobCommandFactory {

  private final FailedJobCommandFactory camunda;

  RefusedJobExecution(FailedJobCommandFactory camunda) {
    this.camunda = camunda;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    if (exception instanceof AuthorizationException && Context.getJobExecutorContext() == null) {
      return commandContext -> null;
    }
    return camunda.getCommand(jobId, exception);
  }
}
