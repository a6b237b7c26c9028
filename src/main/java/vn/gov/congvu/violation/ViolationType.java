package vn.gov.congvu.violation;

/** Kinds of violation in the register (contract). */
public enum ViolationType {
  /** T3: no health declaration within 24 hours of return. */
  LATE_HEALTH_DECLARATION,
  /** E4: a breach of conduct, ethics, public duty or epidemic rules, resolved by the unit. */
  STAFF_VIOLATION
}
