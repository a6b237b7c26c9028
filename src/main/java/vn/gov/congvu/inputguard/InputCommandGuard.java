package vn.gov.congvu.inputguard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.web.InputRejected;

/**
 * Inside the engine, before a client's command runs: a start carries only its process's start variables and passes
 * its rule; a task is completed, or its variables changed, only with the variables its key accepts; a user claims
 * only for themselves; a task is assigned only to one of its candidates; nobody barred from a task works on it. Text
 * with control characters is refused everywhere. The engine's own authorization check runs first, so a refusal never
 * tells a caller about a task they may not see. Steps of the application itself (no authenticated user: timers,
 * the application's own starts) are not clients and pass.
 */
class InputCommandGuard extends CommandInterceptor {

  private final List<ProcessInputRule> rules;

  InputCommandGuard(List<ProcessInputRule> rules) {
    this.rules = rules;
  }

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context == null ? null : context.getAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      EngineCommand.of(command).ifPresent(asked -> check(asked, Caller.of(authentication), context));
    }
    return next.execute(command);
  }

  private void check(EngineCommand asked, Caller caller, CommandContext context) {
    if (asked instanceof EngineCommand.OnTask onTask) {
      checkTask(onTask, caller, context);
    } else if (asked instanceof EngineCommand.Start start) {
      checkStart(start, caller, context);
    } else if (asked instanceof EngineCommand.Message message) {
      checkMessage(message, caller, context);
    }
  }

  private void checkTask(EngineCommand.OnTask asked, Caller caller, CommandContext context) {
    TaskEntity task = asked.taskId() == null ? null : context.getTaskManager().findTaskById(asked.taskId());
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the engine answers a missing task; a task outside any process has no rule
    }
    authorize(asked.kind(), task, context);
    Optional<ProcessInputRule> rule = ruleOf(definition(task.getProcessDefinitionId(), context).getKey());
    if (rule.isEmpty()) {
      return;
    }
    String taskKey = task.getTaskDefinitionKey();
    Set<String> barred = rule.get().barredUsers(taskKey, task::getVariable);
    switch (asked.kind()) {
      case COMPLETE, SET_VARIABLES -> {
        acceptOnly(asked.variables(), rule.get().acceptedVariables(taskKey));
        if (asked.kind() == EngineCommand.Kind.COMPLETE && barred.contains(caller.userId())) {
          throw InputRejected.forbidden("userId", "Người đề nghị không được tự xử lý công việc này");
        }
      }
      case CLAIM -> {
        if (asked.userId() != null && !asked.userId().equals(caller.userId()) && !caller.admin()) {
          throw InputRejected.forbidden("userId", "Chỉ được nhận công việc cho chính mình");
        }
        refuseBarred(asked.userId(), barred);
      }
      case ASSIGN -> {
        if (asked.userId() != null) {
          refuseBarred(asked.userId(), barred);
          if (!isCandidate(asked.userId(), task, context)) {
            throw InputRejected.invalid("userId", "Chỉ được giao công việc cho người có thẩm quyền xử lý");
          }
        }
      }
    }
  }

  private static void authorize(EngineCommand.Kind kind, TaskEntity task, CommandContext context) {
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      switch (kind) {
        case COMPLETE, CLAIM -> checker.checkTaskWork(task);
        case SET_VARIABLES -> checker.checkUpdateTaskVariable(task);
        case ASSIGN -> checker.checkTaskAssign(task);
      }
    }
  }

  private void checkStart(EngineCommand.Start asked, Caller caller, CommandContext context) {
    ProcessDefinitionEntity definition = asked.processDefinitionId() != null
        ? definition(asked.processDefinitionId(), context)
        : context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestProcessDefinitionByKey(asked.processDefinitionKey());
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkCreateProcessInstance(definition);
    }
    if (asked.atActivities() && !caller.admin()) {
      throw InputRejected.forbidden("startInstructions", "Chỉ được khởi tạo quy trình từ đầu");
    }
    checkStartOf(definition.getKey(), asked.variables(), caller);
  }

  private void checkMessage(EngineCommand.Message asked, Caller caller, CommandContext context) {
    List<EventSubscriptionEntity> starts = context.getEventSubscriptionManager()
        .findMessageStartEventSubscriptionByName(asked.messageName());
    if (starts.isEmpty()) {
      acceptOnly(asked.variables(), Set.of()); // nothing here waits for a client's message with data
      return;
    }
    for (EventSubscriptionEntity start : starts) {
      checkStartOf(definition(start.getConfiguration(), context).getKey(), asked.variables(), caller);
    }
  }

  private void checkStartOf(String processKey, Map<String, Object> variables, Caller caller) {
    Optional<ProcessInputRule> rule = ruleOf(processKey);
    if (rule.isPresent()) {
      acceptOnly(variables, rule.get().acceptedStartVariables());
      rule.get().checkStart(name -> SubmittedValues.plain(variables.get(name)), caller,
          ClockUtil.getCurrentTime().toInstant());
    } else {
      SubmittedValues.refuseControlCharacters(variables);
    }
  }

  private static void acceptOnly(Map<String, Object> variables, Set<String> accepted) {
    for (String name : variables.keySet()) {
      if (!accepted.contains(name)) {
        throw InputRejected.invalid(name, "Không được gửi giá trị này ở bước này");
      }
    }
    SubmittedValues.refuseControlCharacters(variables);
  }

  private static void refuseBarred(String userId, Set<String> barred) {
    if (userId != null && barred.contains(userId)) {
      throw InputRejected.forbidden("userId", "Người đề nghị không được tự xử lý công việc này");
    }
  }

  private static boolean isCandidate(String userId, TaskEntity task, CommandContext context) {
    List<IdentityLink> links = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink.class::cast).toList();
    if (links.stream().anyMatch(link -> userId.equals(link.getUserId()))) {
      return true;
    }
    Set<String> groups = Set.copyOf(context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId)
        .list().stream().map(Group::getId).toList());
    return links.stream().anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  private static ProcessDefinitionEntity definition(String id, CommandContext context) {
    ProcessEngineConfigurationImpl configuration = context.getProcessEngineConfiguration();
    return configuration.getDeploymentCache().findDeployedProcessDefinitionById(id);
  }

  private Optional<ProcessInputRule> ruleOf(String processKey) {
    return rules.stream().filter(rule -> rule.processKey().equals(processKey)).findFirst();
  }
}
