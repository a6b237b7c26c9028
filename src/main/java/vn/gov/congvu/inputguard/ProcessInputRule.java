package vn.gov.congvu.inputguard;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.web.InputRejected;

/**
 * What a process must be started and its tasks completed with, declared by the feature that owns it. Enforced inside
 * the engine for every client (the engine REST API, Tasklist's path, the Java API): {@link InputCommandGuard} before
 * a client's start, completion or variable change, {@link CompletionCheck} on every completion.
 */
public interface ProcessInputRule {

  /** The process definition key this rule is for. */
  String processKey();

  /**
   * The variables a start may carry (contract); anything else is refused naming the variable. Routing and record
   * variables are the application's alone.
   */
  Set<String> acceptedStartVariables();

  /** The variables a completion of the task may carry (contract); empty for a task completed with nothing. */
  Set<String> acceptedVariables(String taskKey);

  /** Refuses a start by the caller ({@link InputRejected}, naming the field); returns when it may start. */
  default void checkStart(Function<String, Object> variables, Caller caller, Instant now) {
  }

  /** The refusal of a task completion, naming the field, or empty. */
  Optional<String> checkCompletion(String taskKey, Function<String, Object> variables, Instant now);

  /** Users who may never work on the task, whoever assigned it (the requester of an approval). */
  default Set<String> barredUsers(String taskKey, Function<String, Object> variables) {
    return Set.of();
  }
}
