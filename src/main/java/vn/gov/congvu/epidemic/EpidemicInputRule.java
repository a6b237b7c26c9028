package vn.gov.congvu.epidemic;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.inputguard.ProcessInputRule;

/** The epidemic-level rules for the input guard: the same validator as the REST API, and the confirmation rule. */
@Component
record EpidemicInputRule(AnnouncementValidator validator) implements ProcessInputRule {

  @Override
  public String processKey() {
    return EpidemicProcess.KEY;
  }

  @Override
  public Set<String> acceptedStartVariables() {
    return Set.of(EpidemicProcess.VAR_AREA_UNIT_ID, EpidemicProcess.VAR_LEVEL, EpidemicProcess.VAR_EFFECTIVE_FROM,
        EpidemicProcess.VAR_DECISION_REF);
  }

  @Override
  public Set<String> acceptedVariables(String taskKey) {
    return EpidemicProcess.TASK_ADJUST.equals(taskKey) ? Set.of(EpidemicProcess.VAR_ON_SITE_PERCENT,
        EpidemicProcess.VAR_WORK_FROM_HOME, EpidemicProcess.VAR_CITIZEN_RECEPTION, EpidemicProcess.VAR_ONLINE_MEETINGS,
        EpidemicProcess.VAR_ESSENTIAL_REASON) : Set.of();
  }

  @Override
  public void checkStart(Function<String, Object> variables, Caller caller, Instant now) {
    validator.validate(variables, caller, Announcements.today(now));
  }

  @Override
  public Optional<String> checkCompletion(String taskKey, Function<String, Object> variables, Instant now) {
    return EpidemicProcess.TASK_ADJUST.equals(taskKey) ? AdjustmentRule.check(variables) : Optional.empty();
  }
}
