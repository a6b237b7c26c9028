package vn.gov.congvu.inputguard;

import java.sql.SQLException;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.dao.DataIntegrityViolationException;

import vn.gov.congvu.web.InputRejected;

/**
 * Remembers, for the request being served, why the engine refused a client's command: one of the application's
 * refusals (raised by a rule, a delegate or a listener, however the engine wrapped it), a conflict with a
 * simultaneous change (the task was completed by the other click a moment before), or a task that is not there. The
 * engine's REST resources turn every engine exception into a 500 with the engine's own text; {@link EngineErrorFilter}
 * answers from what is remembered here instead. Outermost in the engine's chain, so it also sees what fails when the
 * command's changes are written.
 */
class ClientRefusals extends CommandInterceptor {

  private static final ThreadLocal<InputRejected> REMEMBERED = new ThreadLocal<>();
  static final String CONFLICT = "Công việc vừa được người khác xử lý; vui lòng tải lại trang";
  static final String DONE = "Công việc đã được xử lý xong";
  static final String MISSING = "Không tìm thấy công việc";

  private final ProcessEngineConfigurationImpl configuration;

  ClientRefusals(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException failure) {
      if (REMEMBERED.get() == null) {
        // A task completed by the other click a moment ago may also fail on its authorizations, already gone.
        reason(failure).or(() -> taskGone(command)).ifPresent(REMEMBERED::set);
      }
      throw failure;
    }
  }

  static Optional<InputRejected> reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputRejected rejected) {
        return Optional.of(rejected);
      }
      if (cause instanceof OptimisticLockingException || cause instanceof DataIntegrityViolationException
          || (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"))) {
        return Optional.of(InputRejected.conflict("task", CONFLICT));
      }
    }
    return Optional.empty();
  }

  /** A command on a task that is no longer there: done a moment ago (history has it), or never seen. */
  private Optional<InputRejected> taskGone(Command<?> command) {
    Optional<String> taskId = EngineCommand.of(command).filter(EngineCommand.OnTask.class::isInstance)
        .map(asked -> ((EngineCommand.OnTask) asked).taskId());
    if (taskId.isEmpty() || taskId.get() == null) {
      return Optional.empty();
    }
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      if (context.getTaskManager().findTaskById(taskId.get()) != null) {
        return Optional.<InputRejected>empty();
      }
      boolean done = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId.get()) != null;
      return Optional.of(done ? InputRejected.conflict("task", DONE) : InputRejected.notFound("task", MISSING));
    });
  }

  static void forget() {
    REMEMBERED.remove();
  }

  /** What the engine refused during this request, once. */
  static Optional<InputRejected> take() {
    InputRejected rejected = REMEMBERED.get();
    REMEMBERED.remove();
    return Optional.ofNullable(rejected);
  }
}
