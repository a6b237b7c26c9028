package vn.gov.congvu.travel;

/** Names of the travel-outside-the-city process (contract, rules T1–T5). */
public final class TravelProcess {

  public static final String KEY = "travel-approval";
  public static final String VAR_REQUESTER_ID = "requesterId";
  public static final String VAR_DESTINATION = "destination";
  public static final String VAR_DEPARTURE_DATE = "departureDate";
  public static final String VAR_RETURN_DATE = "returnDate";

  private TravelProcess() {
  }
}
