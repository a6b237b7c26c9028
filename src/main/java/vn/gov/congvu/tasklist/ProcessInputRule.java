package vn.gov.congvu.tasklist;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What a process must be started and its tasks completed with. Checked before the engine sees the call, so REST
 * clients and Tasklist get a 400 naming the field (the engine would report a delegate's or listener's refusal as a
 * 500); the process checks again itself.
 */
public interface ProcessInputRule {

  /** The process definition key this rule is for. */
  String processKey();

  /** The refusal of a start by {@code userId}, naming the field, or empty. */
  default Optional<InputRefusal> checkStart(Function<String, Object> variables, String userId, boolean admin,
      Instant now) {
    return Optional.empty();
  }

  /** The refusal of a task completion, naming the field, or empty. */
  Optional<String> checkCompletion(String taskKey, Function<String, Object> variables, Instant now);

  /** For the process's own complete listener: refuses the completion, whatever client sent it. */
  default void requireCompletion(DelegateTask task) {
    checkCompletion(task.getTaskDefinitionKey(), task::getVariable, ClockUtil.getCurrentTime().toInstant())
        .ifPresent(refusal -> {
          throw new BadUserRequestException(refusal);
        });
  }
}
