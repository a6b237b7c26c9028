package vn.gov.congvu.violation;

/**
 * Where a violation of the register came from: the violator's unit, its type, the process that recorded it, and how
 * it was handled (none for a late health declaration).
 */
public record ViolationSource(String unitId, ViolationType type, String processInstanceId,
    ViolationHandling handling) {
}
