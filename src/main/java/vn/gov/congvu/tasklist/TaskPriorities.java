package vn.gov.congvu.tasklist;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import vn.gov.congvu.engine.ProcessDeclaration;

/**
 * How urgent a feature's new task is, read from its case (an incident's severity, a trip leaving tomorrow), so that
 * the most urgent work stands out in Tasklist. Empty keeps the engine's default, {@link TaskPriority#NORMAL}.
 */
public interface TaskPriorities extends ProcessDeclaration {

  Optional<TaskPriority> priorityOf(String taskKey, Function<String, Object> variables, Instant now);
}
