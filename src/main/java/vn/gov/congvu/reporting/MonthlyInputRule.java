package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.inputguard.ProcessInputRule;
import vn.gov.congvu.web.InputRejected;

/**
 * What the monthly cycle is started and its tasks completed with (contract): a period yyyy-MM not yet open; each
 * unit's report ({@link UnitSubmissionRule}); each district's summary; Home Affairs' assessment; the City's
 * directions, optional. The district process's tasks follow the same rule.
 */
@Component
class MonthlyInputRule implements ProcessInputRule {

  private final ReportingRepository repository;

  MonthlyInputRule(ReportingRepository repository) {
    this.repository = repository;
  }

  @Override
  public String processKey() {
    return MonthlyReportingProcess.KEY;
  }

  /** The district process's tasks are the cycle's too. */
  @Override
  public Set<String> calledProcessKeys() {
    return Set.of(MonthlyReportingProcess.DISTRICT_KEY);
  }

  @Override
  public Set<String> acceptedStartVariables() {
    return Set.of(MonthlyReportingProcess.VAR_PERIOD);
  }

  @Override
  public Set<String> acceptedVariables(String taskKey) {
    return switch (taskKey) {
      case MonthlyReportingProcess.TASK_SUBMIT -> Set.copyOf(UnitSubmissionRule.VARIABLES);
      case MonthlyReportingProcess.TASK_CONSOLIDATE_DISTRICT -> Set.of(MonthlyReportingProcess.VAR_DISTRICT_SUMMARY);
      case MonthlyReportingProcess.TASK_CONSOLIDATE -> Set.of(MonthlyReportingProcess.VAR_ASSESSMENT);
      case MonthlyReportingProcess.TASK_REVIEW -> Set.of(MonthlyReportingProcess.VAR_DIRECTIONS);
      default -> Set.of();
    };
  }

  @Override
  public void checkStart(Function<String, Object> variables, Caller caller, Instant now) {
    Object period = variables.apply(MonthlyReportingProcess.VAR_PERIOD);
    if (period == null) {
      return; // the period of the latest opening, as the opening timer does
    }
    ReportPeriod parsed = PeriodBounds.accepted(period, repository.installedAt(now), now);
    if (repository.cycleExists(parsed.toString())) {
      throw InputRejected.conflict(MonthlyReportingProcess.VAR_PERIOD, "Kỳ " + parsed + " đã mở");
    }
  }

  @Override
  public Optional<String> checkCompletion(String taskKey, Function<String, Object> variables, Instant now) {
    return switch (taskKey) {
      case MonthlyReportingProcess.TASK_SUBMIT -> UnitSubmissionRule.refusal(variables);
      case MonthlyReportingProcess.TASK_CONSOLIDATE_DISTRICT ->
          UnitSubmissionRule.text(variables, MonthlyReportingProcess.VAR_DISTRICT_SUMMARY, true);
      case MonthlyReportingProcess.TASK_CONSOLIDATE ->
          UnitSubmissionRule.text(variables, MonthlyReportingProcess.VAR_ASSESSMENT, true);
      case MonthlyReportingProcess.TASK_REVIEW ->
          UnitSubmissionRule.text(variables, MonthlyReportingProcess.VAR_DIRECTIONS, false);
      default -> Optional.empty();
    };
  }
}
