package vn.gov.congvu.incident;

/** One level of an escalation chain: which unit handles it and which Camunda group gets the task. */
public record EscalationStep(EscalationLevel level, String unitId, String candidateGroup) {
}
