package vn.gov.congvu.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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
