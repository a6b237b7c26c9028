package vn.gov.congvu.reporting;

import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_ATTENDANCE_RATIO;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_INFECTED_BY_NON_COMPLIANCE;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_ONLINE_MEETINGS;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_ON_SITE_PERCENT;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_REWARDS_PROPOSED;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_SAFETY_REVIEWED;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_STAFF_INFECTED;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_SUMMARY;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_VIOLATIONS_HANDLED;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_WORKING_RULES_REVIEWED;
import static vn.gov.congvu.reporting.MonthlyReportingProcess.VAR_WORK_FROM_HOME;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A unit's monthly report as the contract lists it for {@code submit-unit-report}: what it may carry, the refusal of
 * a bad one naming the field, and the submission read from a good one. Plain rules, no engine.
 */
final class UnitSubmissionRule {

  /** Every variable the task accepts; cleared from the execution once recorded. */
  static final List<String> VARIABLES = List.of(VAR_STAFF_INFECTED, VAR_INFECTED_BY_NON_COMPLIANCE,
      VAR_VIOLATIONS_HANDLED, VAR_REWARDS_PROPOSED, VAR_WORKING_RULES_REVIEWED, VAR_SAFETY_REVIEWED,
      VAR_ON_SITE_PERCENT, VAR_ATTENDANCE_RATIO, VAR_WORK_FROM_HOME, VAR_ONLINE_MEETINGS, VAR_SUMMARY);
  /** The report table's text columns. */
  static final int MAX_TEXT = 4000;

  private UnitSubmissionRule() {
  }

  static Optional<String> refusal(Function<String, Object> variables) {
    return count(variables, VAR_STAFF_INFECTED, true)
        .or(() -> count(variables, VAR_INFECTED_BY_NON_COMPLIANCE, false))
        .or(() -> notAboveInfected(variables))
        .or(() -> count(variables, VAR_VIOLATIONS_HANDLED, true))
        .or(() -> text(variables, VAR_REWARDS_PROPOSED, false))
        .or(() -> flag(variables, VAR_WORKING_RULES_REVIEWED, false))
        .or(() -> flag(variables, VAR_SAFETY_REVIEWED, true))
        .or(() -> onSite(variables))
        .or(() -> count(variables, VAR_WORK_FROM_HOME, false))
        .or(() -> flag(variables, VAR_ONLINE_MEETINGS, false))
        .or(() -> text(variables, VAR_SUMMARY, true));
  }

  /** The submission of variables {@link #refusal} accepted. */
  static UnitSubmission of(Function<String, Object> variables) {
    return new UnitSubmission(number(variables, VAR_STAFF_INFECTED),
        optionalNumber(variables, VAR_INFECTED_BY_NON_COMPLIANCE), number(variables, VAR_VIOLATIONS_HANDLED),
        optionalText(variables, VAR_REWARDS_PROPOSED), (Boolean) variables.apply(VAR_WORKING_RULES_REVIEWED),
        (Boolean) variables.apply(VAR_SAFETY_REVIEWED), onSitePercent(variables),
        optionalNumber(variables, VAR_WORK_FROM_HOME), (Boolean) variables.apply(VAR_ONLINE_MEETINGS),
        optionalText(variables, VAR_SUMMARY));
  }

  /** A whole percentage; the share of older clients (0..1) rounded to one. */
  private static int onSitePercent(Function<String, Object> variables) {
    Object percent = variables.apply(VAR_ON_SITE_PERCENT);
    return percent != null ? ((Number) percent).intValue()
        : (int) Math.round(((Number) variables.apply(VAR_ATTENDANCE_RATIO)).doubleValue() * 100);
  }

  private static Optional<String> onSite(Function<String, Object> variables) {
    Object percent = variables.apply(VAR_ON_SITE_PERCENT);
    Object ratio = variables.apply(VAR_ATTENDANCE_RATIO);
    if (percent == null && ratio != null) {
      return ratio instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1 ? Optional.empty()
          : Optional.of(VAR_ATTENDANCE_RATIO + ": Phải trong khoảng 0 đến 1");
    }
    return percent instanceof Number n && whole(n) && n.doubleValue() <= 100 ? Optional.empty()
        : Optional.of(VAR_ON_SITE_PERCENT + ": Phải là số nguyên từ 0 đến 100");
  }

  private static Optional<String> notAboveInfected(Function<String, Object> variables) {
    Integer byNonCompliance = optionalNumber(variables, VAR_INFECTED_BY_NON_COMPLIANCE);
    return byNonCompliance == null || byNonCompliance <= number(variables, VAR_STAFF_INFECTED) ? Optional.empty()
        : Optional.of(VAR_INFECTED_BY_NON_COMPLIANCE + ": Không được lớn hơn số cán bộ nhiễm COVID-19");
  }

  private static Optional<String> count(Function<String, Object> variables, String name, boolean required) {
    Object value = variables.apply(name);
    if (value == null && !required || value instanceof Number n && whole(n)) {
      return Optional.empty();
    }
    return Optional.of(name + ": Phải là số nguyên không âm");
  }

  private static Optional<String> flag(Function<String, Object> variables, String name, boolean required) {
    Object value = variables.apply(name);
    return value instanceof Boolean || value == null && !required ? Optional.empty()
        : Optional.of(name + ": Phải là true hoặc false");
  }

  static Optional<String> text(Function<String, Object> variables, String name, boolean required) {
    Object value = variables.apply(name);
    if (value == null) {
      return required ? Optional.of(name + ": Không được để trống") : Optional.empty();
    }
    if (!(value instanceof String s)) {
      return Optional.of(name + ": Phải là văn bản");
    }
    if (s.length() > MAX_TEXT) {
      return Optional.of(name + ": Tối đa " + MAX_TEXT + " ký tự");
    }
    return required && s.isBlank() ? Optional.of(name + ": Không được để trống") : Optional.empty();
  }

  private static boolean whole(Number n) {
    return n.doubleValue() >= 0 && n.doubleValue() == Math.floor(n.doubleValue());
  }

  private static int number(Function<String, Object> variables, String name) {
    return ((Number) variables.apply(name)).intValue();
  }

  private static Integer optionalNumber(Function<String, Object> variables, String name) {
    return variables.apply(name) instanceof Number n ? n.intValue() : null;
  }

  static String optionalText(Function<String, Object> variables, String name) {
    return variables.apply(name) instanceof String s && !s.isBlank() ? s.trim() : null;
  }
}
