package vn.gov.congvu.security;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Suspending or activating a system job, or a batch's job definition: Camunda's suspension commands ask no command
 * checker at all for a job without process definition, so this interceptor, inside the command context, looks the job
 * up and asks for an administrator. The commands keep the ids in protected fields, read here by reflection (7.24 is the
 * last CE release; {@code SystemJobsTest} fails if the fields move).
 */
class SystemJobSuspensionGuard extends CommandInterceptor {

  private static final Field JOB_ID = field(AbstractSetJobStateCmd.class, "jobId");
  private static final Field JOB_DEFINITION_OF_JOB = field(AbstractSetJobStateCmd.class, "jobDefinitionId");
  private static final Field JOB_DEFINITION_ID = field(AbstractSetJobDefinitionStateCmd.class, "jobDefinitionId");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractSetJobStateCmd) {
      check(read(JOB_ID, command), read(JOB_DEFINITION_OF_JOB, command));
    } else if (command instanceof AbstractSetJobDefinitionStateCmd) {
      check(null, read(JOB_DEFINITION_ID, command));
    }
    return next.execute(command);
  }

  private static void check(String jobId, String jobDefinitionId) {
    CommandContext context = Context.getCommandContext();
    if (jobId != null && SystemJobs.isSystem(context.getJobManager().findJobById(jobId))) {
      SystemJobs.requireAdministrator();
    } else if (jobId == null && jobDefinitionId != null
        && SystemJobs.isSystem(context.getJobDefinitionManager().findById(jobDefinitionId))) {
      SystemJobs.requireAdministrator();
    }
  }

  private static String read(Field field, Object command) {
    try {
      return (String) field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name, e);
    }
  }
}
