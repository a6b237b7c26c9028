package vn.gov.congvu.audit;

import java.util.Map;
import java.util.function.Function;

import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.reporting.MonthlyReportingProcess;
import vn.gov.congvu.travel.TravelProcess;

/**
 * How a completed task reads as a decision. Only the variables a task's own form submits count: a later task must
 * not be recorded with an earlier task's {@code approved} or comment, which stay in the process scope.
 */
final class AuditOutcome {

  /** The variable that holds each deciding task's outcome. */
  private static final Map<String, String> OUTCOMES = Map.of(
      TravelProcess.TASK_APPROVE, TravelProcess.VAR_APPROVED,
      IncidentProcess.TASK_HANDLE, IncidentProcess.VAR_DECISION);

  /** The free text each task's form submits. */
  private static final Map<String, String> COMMENTS = Map.of(
      TravelProcess.TASK_APPROVE, TravelProcess.VAR_DECISION_COMMENT,
      TravelProcess.TASK_CONFIRM_DECLARATION, TravelProcess.VAR_DECLARATION_REF,
      TravelProcess.TASK_ARRANGE_ISOLATION, TravelProcess.VAR_ARRANGEMENTS,
      IncidentProcess.TASK_HANDLE, IncidentProcess.VAR_ACTION_TAKEN,
      MonthlyReportingProcess.TASK_SUBMIT, MonthlyReportingProcess.VAR_SUMMARY,
      MonthlyReportingProcess.TASK_CONSOLIDATE, MonthlyReportingProcess.VAR_ASSESSMENT);

  private AuditOutcome() {
  }

  static String outcome(String taskKey, Function<String, Object> variables) {
    String name = OUTCOMES.get(taskKey);
    Object value = name == null ? null : variables.apply(name);
    if (value instanceof Boolean approved) {
      return approved ? "APPROVED" : "REJECTED";
    }
    return value instanceof String s && !s.isBlank() ? s : "COMPLETED";
  }

  static String comment(String taskKey, Function<String, Object> variables) {
    String name = COMMENTS.get(taskKey);
    if (name != null && variables.apply(name) instanceof String s && !s.isBlank()) {
      return s.length() > 4000 ? s.substring(0, 4000) : s;
    }
    return null;
  }
}
