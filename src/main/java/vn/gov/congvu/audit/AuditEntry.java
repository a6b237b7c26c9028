package vn.gov.congvu.audit;

import java.time.Instant;

/** One human decision in the register. */
public record AuditEntry(String taskId, String taskKey, String processInstanceId, String businessKey,
    String processDefinitionKey, String userId, Instant decidedAt, String outcome, String comment) {
}
