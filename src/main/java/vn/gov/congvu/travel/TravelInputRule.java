package vn.gov.congvu.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.inputguard.ProcessInputRule;

/** The travel rules for the input guard in front of the REST APIs: the same validator and task rules. */
@Component
record TravelInputRule(TravelRequestValidator validator) implements ProcessInputRule {

  @Override
  public String processKey() {
    return TravelProcess.KEY;
  }

  @Override
  public Set<String> acceptedStartVariables() {
    return Set.of(TravelProcess.VAR_REQUESTER_ID, TravelProcess.VAR_DESTINATION, TravelProcess.VAR_DEPARTURE_DATE,
        TravelProcess.VAR_RETURN_DATE, TravelProcess.VAR_REASON);
  }

  @Override
  public Set<String> acceptedVariables(String taskKey) {
    return switch (taskKey) {
      case TravelProcess.TASK_APPROVE -> Set.of(TravelProcess.VAR_APPROVED, TravelProcess.VAR_DECISION_COMMENT);
      case TravelProcess.TASK_REPORT_RETURN -> Set.of(TravelProcess.VAR_RETURNED_AT,
          TravelProcess.VAR_VISITED_OUTBREAK_AREA, TravelProcess.VAR_SYMPTOMS);
      case TravelProcess.TASK_CONFIRM_DECLARATION -> Set.of(TravelProcess.VAR_DECLARATION_REF);
      case TravelProcess.TASK_REPORT_SYMPTOMS -> Set.of(TravelProcess.VAR_SYMPTOMS);
      case TravelProcess.TASK_ARRANGE_ISOLATION -> Set.of(TravelProcess.VAR_ARRANGEMENTS);
      default -> Set.of();
    };
  }

  /** Nobody approves their own trip, whoever assigned the task (T1). */
  @Override
  public Set<String> barredUsers(String taskKey, Function<String, Object> variables) {
    Object requester = variables.apply(TravelProcess.VAR_REQUESTER_ID);
    return TravelProcess.TASK_APPROVE.equals(taskKey) && requester != null ? Set.of(requester.toString()) : Set.of();
  }

  @Override
  public void checkStart(Function<String, Object> variables, Caller caller, Instant now) {
    validator.validate(new TravelRequest(text(variables, TravelProcess.VAR_REQUESTER_ID),
        text(variables, TravelProcess.VAR_DESTINATION), text(variables, TravelProcess.VAR_DEPARTURE_DATE),
        text(variables, TravelProcess.VAR_RETURN_DATE), text(variables, TravelProcess.VAR_REASON)), caller,
        LocalDate.ofInstant(now, TravelRequestService.ZONE));
  }

  @Override
  public Optional<String> checkCompletion(String taskKey, Function<String, Object> variables, Instant now) {
    return TravelTaskRules.check(taskKey, variables, now);
  }

  private static String text(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    return value == null ? null : value.toString();
  }
}
