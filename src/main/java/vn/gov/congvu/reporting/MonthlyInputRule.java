package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.web.InputRejected;
import vn.gov.congvu.inputguard.ProcessInputRule;

/**
 * What the monthly cycle is started and its tasks completed with (contract): a period yyyy-MM not yet open; per
 * unit, counts that are whole numbers from 0 and an office attendance ratio between 0 and 1 (W2).
 */
@Component
class MonthlyInputRule implements ProcessInputRule {

  static final List<String> SUBMITTED = List.of(MonthlyReportingProcess.VAR_STAFF_INFECTED,
      MonthlyReportingProcess.VAR_VIOLATIONS_HANDLED, MonthlyReportingProcess.VAR_SAFETY_REVIEWED,
      MonthlyReportingProcess.VAR_ATTENDANCE_RATIO, MonthlyReportingProcess.VAR_SUMMARY);

  private final ReportingRepository repository;

  MonthlyInputRule(ReportingRepository repository) {
    this.repository = repository;
  }

  @Override
  public String processKey() {
    return MonthlyReportingProcess.KEY;
  }

  @Override
  public Set<String> acceptedStartVariables() {
    return Set.of(MonthlyReportingProcess.VAR_PERIOD);
  }

  @Override
  public Set<String> acceptedVariables(String taskKey) {
    return switch (taskKey) {
      case MonthlyReportingProcess.TASK_SUBMIT -> Set.copyOf(SUBMITTED);
      case MonthlyReportingProcess.TASK_CONSOLIDATE -> Set.of(MonthlyReportingProcess.VAR_ASSESSMENT);
      default -> Set.of();
    };
  }

  @Override
  public void checkStart(Function<String, Object> variables, Caller caller, Instant now) {
    Object period = variables.apply(MonthlyReportingProcess.VAR_PERIOD);
    if (period == null) {
      return; // the current month, as the month-end timer does
    }
    ReportPeriod parsed = ReportPeriod.parse(period.toString()).orElseThrow(
        () -> InputRejected.invalid(MonthlyReportingProcess.VAR_PERIOD, "Định dạng yyyy-MM"));
    if (repository.cycleExists(parsed.toString())) {
      throw InputRejected.conflict(MonthlyReportingProcess.VAR_PERIOD, "Kỳ " + parsed + " đã mở");
    }
  }

  @Override
  public Optional<String> checkCompletion(String taskKey, Function<String, Object> variables, Instant now) {
    return switch (taskKey) {
      case MonthlyReportingProcess.TASK_SUBMIT -> submissionRefusal(variables);
      case MonthlyReportingProcess.TASK_CONSOLIDATE -> text(variables, MonthlyReportingProcess.VAR_ASSESSMENT);
      default -> Optional.empty();
    };
  }

  static UnitSubmission submission(Function<String, Object> variables) {
    return new UnitSubmission(((Number) variables.apply(MonthlyReportingProcess.VAR_STAFF_INFECTED)).intValue(),
        ((Number) variables.apply(MonthlyReportingProcess.VAR_VIOLATIONS_HANDLED)).intValue(),
        (Boolean) variables.apply(MonthlyReportingProcess.VAR_SAFETY_REVIEWED),
        ((Number) variables.apply(MonthlyReportingProcess.VAR_ATTENDANCE_RATIO)).doubleValue(),
        ((String) variables.apply(MonthlyReportingProcess.VAR_SUMMARY)).trim());
  }

  private static Optional<String> submissionRefusal(Function<String, Object> variables) {
    return count(variables, MonthlyReportingProcess.VAR_STAFF_INFECTED)
        .or(() -> count(variables, MonthlyReportingProcess.VAR_VIOLATIONS_HANDLED))
        .or(() -> variables.apply(MonthlyReportingProcess.VAR_SAFETY_REVIEWED) instanceof Boolean ? Optional.empty()
            : Optional.of(MonthlyReportingProcess.VAR_SAFETY_REVIEWED + ": Phải là true hoặc false"))
        .or(() -> ratio(variables))
        .or(() -> text(variables, MonthlyReportingProcess.VAR_SUMMARY));
  }

  private static Optional<String> count(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() == Math.floor(n.doubleValue())) {
      return Optional.empty();
    }
    return Optional.of(name + ": Phải là số nguyên không âm");
  }

  private static Optional<String> ratio(Function<String, Object> variables) {
    Object value = variables.apply(MonthlyReportingProcess.VAR_ATTENDANCE_RATIO);
    if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
      return Optional.empty();
    }
    return Optional.of(MonthlyReportingProcess.VAR_ATTENDANCE_RATIO + ": Phải trong khoảng 0 đến 1");
  }

  private static Optional<String> text(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    return value instanceof String s && !s.isBlank() ? Optional.empty() : Optional.of(name + ": Không được để trống");
  }
}
