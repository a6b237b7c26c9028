package vn.gov.congvu.violation;

import java.time.OffsetDateTime;

/** One entry of the register as the API returns it (contract; {@code handling} for staff violations only). */
public record Violation(String userId, String unitId, ViolationType type, OffsetDateTime recordedAt,
    String details, ViolationHandling handling) {
}
