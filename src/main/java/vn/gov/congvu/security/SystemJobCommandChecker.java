package vn.gov.congvu.security;

import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Camunda's authorization checks, with system jobs kept for administrators: executing, rescheduling, deleting,
 * re-prioritising a job (checkUpdateJob), setting its retries, reading its stack trace, and the same through a job
 * definition that has no process definition (a batch's). Installed by {@link SystemJobsPlugin} in place of Camunda's
 * own checker, so the Java API and every REST path obey it.
 */
class SystemJobCommandChecker extends AuthorizationCommandChecker {

  @Override
  public void checkUpdateJob(JobEntity job) {
    if (SystemJobs.isSystem(job)) {
      SystemJobs.requireAdministrator();
    } else {
      super.checkUpdateJob(job);
    }
  }

  @Override
  public void checkUpdateRetriesJob(JobEntity job) {
    if (SystemJobs.isSystem(job)) {
      SystemJobs.requireAdministrator();
    } else {
      super.checkUpdateRetriesJob(job);
    }
  }

  @Override
  public void checkReadJob(JobEntity job) {
    if (SystemJobs.isSystem(job)) {
      SystemJobs.requireAdministrator();
    } else {
      super.checkReadJob(job);
    }
  }

  /** Retries by job definition: a null process definition is a batch's job definition. */
  @Override
  public void checkUpdateRetriesProcessInstanceByProcessDefinitionId(String processDefinitionId) {
    if (processDefinitionId == null) {
      SystemJobs.requireAdministrator();
    } else {
      super.checkUpdateRetriesProcessInstanceByProcessDefinitionId(processDefinitionId);
    }
  }

  /** Job priority by job definition: a null process definition is a batch's job definition. */
  @Override
  public void checkUpdateProcessDefinitionById(String processDefinitionId) {
    if (processDefinitionId == null) {
      SystemJobs.requireAdministrator();
    } else {
      super.checkUpdateProcessDefinitionById(processDefinitionId);
    }
  }
}
