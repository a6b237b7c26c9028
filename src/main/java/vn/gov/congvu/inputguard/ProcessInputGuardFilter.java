package vn.gov.congvu.inputguard;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.identity.SystemAuthority;
import vn.gov.congvu.web.CachedBodyRequest;
import vn.gov.congvu.web.InputRejected;
import vn.gov.congvu.web.JsonErrors;

/**
 * Checks process starts and task completions sent to the engine REST API or by Tasklist against the process's rules
 * before the engine runs them. Only for an authenticated caller, and only on what that caller can see: anything
 * else passes through untouched and the engine answers 401/403/404 as usual, so nothing leaks.
 */
class ProcessInputGuardFilter extends OncePerRequestFilter {

  private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");
  private static final Pattern START_BY_KEY =
      Pattern.compile(".*/process-definition/key/([^/]+)/(start|submit-form)$");
  private static final Pattern START_BY_ID = Pattern.compile(".*/process-definition/([^/]+)/(start|submit-form)$");

  private final IdentityService identity;
  private final SystemAuthority system;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final List<ProcessInputRule> rules;
  private final ObjectMapper mapper;
  private final JsonErrors errors;

  ProcessInputGuardFilter(IdentityService identity, SystemAuthority system, TaskService tasks,
      RepositoryService repository, List<ProcessInputRule> rules, ObjectMapper mapper, JsonErrors errors) {
    this.identity = identity;
    this.system = system;
    this.tasks = tasks;
    this.repository = repository;
    this.rules = rules;
    this.mapper = mapper;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = identity.getCurrentAuthentication();
    String uri = request.getRequestURI();
    if (!"POST".equals(request.getMethod()) || caller == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    try {
      check(uri, readVariables(body), caller, ClockUtil.getCurrentTime().toInstant());
    } catch (InputRejected refused) {
      errors.writeEngine(response, refused.status(), refused.code(), refused.getMessage());
      return;
    } catch (ProcessEngineException notVisible) {
      // the engine answers it in its own words
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private void check(String uri, JsonNode submitted, Authentication caller, Instant now) {
    Matcher completion = COMPLETION.matcher(uri);
    if (completion.matches()) {
      Task task = tasks.createTaskQuery().taskId(completion.group(1)).singleResult();
      if (task == null || task.getProcessDefinitionId() == null) {
        return;
      }
      // The caller may see the task without reading its definition (a unit head and the monthly cycle).
      String key = definitionKey(task.getProcessDefinitionId());
      Function<String, Object> variables = name -> submitted.has(name) ? valueOf(submitted.get(name))
          : tasks.getVariable(task.getId(), name);
      rule(key).flatMap(rule -> rule.checkCompletion(task.getTaskDefinitionKey(), variables, now))
          .ifPresent(refusal -> {
            throw InputRejected.refused(refusal);
          });
      return;
    }
    Function<String, Object> variables = name -> submitted.has(name) ? valueOf(submitted.get(name)) : null;
    startedKey(uri).flatMap(this::rule).ifPresent(rule -> rule.checkStart(variables, Caller.of(caller), now));
  }

  private Optional<String> startedKey(String uri) {
    Matcher byKey = START_BY_KEY.matcher(uri);
    if (byKey.matches()) {
      return Optional.of(byKey.group(1));
    }
    Matcher byId = START_BY_ID.matcher(uri);
    if (byId.matches()) {
      ProcessDefinition definition = repository.getProcessDefinition(byId.group(1));
      return Optional.of(definition.getKey());
    }
    return Optional.empty();
  }

  private String definitionKey(String processDefinitionId) {
    return system.run(() -> repository.getProcessDefinition(processDefinitionId).getKey());
  }

  private Optional<ProcessInputRule> rule(String processKey) {
    return rules.stream().filter(r -> r.appliesTo(processKey)).findFirst();
  }

  private JsonNode readVariables(byte[] body) {
    try {
      JsonNode tree = body.length == 0 ? null : mapper.readTree(body);
      return tree != null && tree.has("variables") ? tree.get("variables") : mapper.createObjectNode();
    } catch (IOException malformed) {
      return mapper.createObjectNode(); // the engine answers malformed JSON itself
    }
  }

  private static Object valueOf(JsonNode variable) {
    JsonNode value = variable.get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.numberValue();
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }
}
