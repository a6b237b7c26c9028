package vn.gov.congvu.audit;

/**
 * How a completed task of a process reads as a decision: the variable its form submits as the outcome (a Boolean
 * reads APPROVED or REJECTED, a text as itself) and the one it submits as free text; either may be null.
 */
public record AuditedTask(String taskKey, String outcomeVariable, String commentVariable) {
}
