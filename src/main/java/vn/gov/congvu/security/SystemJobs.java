package vn.gov.congvu.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Jobs that belong to no process definition (history cleanup, batch jobs) are the system's: only administrators touch
 * them. Camunda 7.24 checks nothing for such a "standalone" job, so any user could run, reschedule, retry, suspend or
 * delete the history cleanup.
 */
final class SystemJobs {

  private SystemJobs() {
  }

  static boolean isSystem(JobEntity job) {
    return job != null && job.getProcessDefinitionKey() == null;
  }

  static boolean isSystem(JobDefinitionEntity definition) {
    return definition != null && definition.getProcessDefinitionKey() == null;
  }

  /** Refuses a user who is not an administrator; the engine itself (no authenticated user) passes. */
  static void requireAdministrator() {
    CommandContext context = Context.getCommandContext();
    Authentication user = context.getAuthentication();
    if (context.getProcessEngineConfiguration().isAuthorizationEnabled() && context.isAuthorizationCheckEnabled()
        && user != null && !context.getAuthorizationManager().isCamundaAdmin(user)) {
      throw new AuthorizationException(
          "Chỉ quản trị viên được thao tác với công việc hệ thống (không thuộc quy trình nào)");
    }
  }
}
