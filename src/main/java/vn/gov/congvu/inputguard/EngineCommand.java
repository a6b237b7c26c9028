package vn.gov.congvu.inputguard;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a client's engine command asks, read from Camunda's command objects: which task or process, which variables,
 * which user it names. The fields are the engine's own (protected, read by reflection): a Camunda upgrade that renames
 * one fails {@code EngineCommandTest}, not silently.
 */
sealed interface EngineCommand {

  /** A task completed, its variables set or removed, or the task claimed, assigned or delegated. */
  record OnTask(Kind kind, String taskId, Map<String, Object> variables, String userId) implements EngineCommand {
  }

  /** A process started, by key or id, with its variables; {@code atActivities}: past its start event. */
  record Start(String processDefinitionKey, String processDefinitionId, Map<String, Object> variables,
      boolean atActivities) implements EngineCommand {
  }

  /** A message correlated, possibly starting a process, with its payload. */
  record Message(String messageName, Map<String, Object> variables) implements EngineCommand {
  }

  enum Kind {
    COMPLETE, SET_VARIABLES, CLAIM, ASSIGN
  }

  static Optional<EngineCommand> of(Command<?> command) {
    if (command instanceof CompleteTaskCmd) {
      return task(Kind.COMPLETE, field(command, "taskId"), field(command, "variables"), null);
    }
    if (command instanceof SubmitTaskFormCmd) {
      return task(Kind.COMPLETE, field(command, "taskId"), field(command, "properties"), null);
    }
    if (command instanceof SetTaskVariablesCmd) {
      return task(Kind.SET_VARIABLES, field(command, "entityId"), field(command, "variables"), null);
    }
    if (command instanceof PatchTaskVariablesCmd) {
      Map<String, Object> touched = new LinkedHashMap<>(orEmpty(field(command, "variables")));
      Collection<String> deletions = field(command, "deletions");
      if (deletions != null) {
        deletions.forEach(name -> touched.put(name, null));
      }
      return task(Kind.SET_VARIABLES, field(command, "entityId"), touched, null);
    }
    if (command instanceof RemoveTaskVariablesCmd) {
      Map<String, Object> removed = new LinkedHashMap<>();
      Collection<String> names = field(command, "variableNames");
      names.forEach(name -> removed.put(name, null));
      return task(Kind.SET_VARIABLES, field(command, "entityId"), removed, null);
    }
    if (command instanceof ClaimTaskCmd) {
      return task(Kind.CLAIM, field(command, "taskId"), Map.of(), field(command, "userId"));
    }
    if (command instanceof DelegateTaskCmd) {
      return task(Kind.ASSIGN, field(command, "taskId"), Map.of(), field(command, "userId"));
    }
    if (command instanceof AbstractAddIdentityLinkCmd) {
      String userId = field(command, "userId");
      return task(Kind.ASSIGN, field(command, "taskId"), Map.of(), userId);
    }
    if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
      return Optional.of(new Start(builder.getProcessDefinitionKey(), builder.getProcessDefinitionId(),
          orEmpty(builder.getVariables()), command instanceof StartProcessInstanceAtActivitiesCmd));
    }
    if (command instanceof SubmitStartFormCmd) {
      return Optional.of(new Start(null, field(command, "processDefinitionId"), orEmpty(field(command, "variables")),
          false));
    }
    if (command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl builder = field(command, "builder");
      Map<String, Object> payload = new LinkedHashMap<>(orEmpty(builder.getPayloadProcessInstanceVariables()));
      payload.putAll(orEmpty(builder.getPayloadProcessInstanceVariablesLocal()));
      payload.putAll(orEmpty(builder.getPayloadProcessInstanceVariablesToTriggeredScope()));
      return Optional.of(new Message(builder.getMessageName(), payload));
    }
    return Optional.empty();
  }

  private static Optional<EngineCommand> task(Kind kind, String taskId, Map<String, ?> variables, String userId) {
    return Optional.of(new OnTask(kind, taskId, new LinkedHashMap<>(orEmpty(variables)), userId));
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, Object> orEmpty(Map<String, ? extends T> variables) {
    return variables == null ? Map.of() : (Map<String, Object>) variables;
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException next) {
        // the field is declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }
}
