package vn.gov.congvu.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.inputguard.InputRefusal;
import vn.gov.congvu.inputguard.ProcessInputRule;
import vn.gov.congvu.web.InputRejected;

/** The travel rules for the input guard in front of the REST APIs: the same validator and task rules. */
@Component
class TravelInputRule implements ProcessInputRule {

  private final TravelRequestValidator validator;

  TravelInputRule(TravelRequestValidator validator) {
    this.validator = validator;
  }

  @Override
  public String processKey() {
    return TravelProcess.KEY;
  }

  @Override
  public Optional<InputRefusal> checkStart(Function<String, Object> variables, Caller caller, Instant now) {
    TravelRequest request = new TravelRequest(text(variables, TravelProcess.VAR_REQUESTER_ID),
        text(variables, TravelProcess.VAR_DESTINATION), text(variables, TravelProcess.VAR_DEPARTURE_DATE),
        text(variables, TravelProcess.VAR_RETURN_DATE), text(variables, TravelProcess.VAR_REASON));
    try {
      validator.validate(request, caller, LocalDate.ofInstant(now, TravelRequestService.ZONE));
      return Optional.empty();
    } catch (InputRejected e) {
      return Optional.of(InputRefusal.of(e));
    }
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
