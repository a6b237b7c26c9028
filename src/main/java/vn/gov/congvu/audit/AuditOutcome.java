package vn.gov.congvu.audit;

import java.util.List;
import java.util.function.Function;

/**
 * How a completed task reads as a decision: {@code approved} gives APPROVED or REJECTED, {@code decision} is taken
 * as it is, anything else is COMPLETED; the comment is the first of the processes' free-text fields.
 */
final class AuditOutcome {

  private static final List<String> COMMENTS = List.of("decisionComment", "actionTaken", "assessment",
      "arrangements", "declarationRef", "summary", "comment");

  private AuditOutcome() {
  }

  static String outcome(Function<String, Object> variables) {
    Object approved = variables.apply("approved");
    if (approved instanceof Boolean b) {
      return b ? "APPROVED" : "REJECTED";
    }
    Object decision = variables.apply("decision");
    return decision instanceof String s && !s.isBlank() ? s : "COMPLETED";
  }

  static String comment(Function<String, Object> variables) {
    for (String name : COMMENTS) {
      if (variables.apply(name) instanceof String s && !s.isBlank()) {
        return s.length() > 4000 ? s.substring(0, 4000) : s;
      }
    }
    return null;
  }
}
