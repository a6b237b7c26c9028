package vn.gov.congvu.travel;

/** The final {@code outcome} of a travel request (contract). */
public enum TravelOutcome {
  REJECTED, EXPIRED, COMPLETED, ISOLATION
}
