package vn.gov.congvu.incident;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.inputguard.ProcessInputRule;

/** What an incident is started and handled with (contract): the intake validation and the handling rules. */
@Component
record IncidentInputRule(IncidentReportValidator validator, HandlingRules handling) implements ProcessInputRule {

  @Override
  public String processKey() {
    return IncidentProcess.KEY;
  }

  @Override
  public Set<String> acceptedStartVariables() {
    return Set.of(IncidentProcess.VAR_UNIT_ID, IncidentProcess.VAR_SOURCE, IncidentProcess.VAR_CATEGORY,
        IncidentProcess.VAR_SEVERITY, IncidentProcess.VAR_SUMMARY);
  }

  @Override
  public Set<String> acceptedVariables(String taskKey) {
    return IncidentProcess.TASK_HANDLE.equals(taskKey) ? Set.of(IncidentProcess.VAR_DECISION,
        IncidentProcess.VAR_ACTION_TAKEN, IncidentProcess.VAR_VIOLATION_FOUND, IncidentProcess.VAR_VIOLATOR_ID,
        IncidentProcess.VAR_OTHER_VIOLATOR_IDS, IncidentProcess.VAR_HANDLING, IncidentProcess.VAR_ADVICE) : Set.of();
  }

  @Override
  public void checkStart(Function<String, Object> variables, Caller caller, Instant now) {
    validator.validate(new IncidentReport(text(variables, IncidentProcess.VAR_UNIT_ID),
        text(variables, IncidentProcess.VAR_SOURCE), text(variables, IncidentProcess.VAR_CATEGORY),
        text(variables, IncidentProcess.VAR_SEVERITY), text(variables, IncidentProcess.VAR_SUMMARY)), caller);
  }

  @Override
  public Optional<String> checkCompletion(String taskKey, Function<String, Object> variables, Instant now) {
    return IncidentProcess.TASK_HANDLE.equals(taskKey) ? handling.check(variables) : Optional.empty();
  }

  private static String text(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    return value == null ? null : value.toString();
  }
}
