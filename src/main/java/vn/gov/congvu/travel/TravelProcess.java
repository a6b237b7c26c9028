package vn.gov.congvu.travel;

/** Names of the travel-outside-the-city process (contract, rules T1–T5). */
public final class TravelProcess {

  public static final String KEY = "travel-approval";

  private TravelProcess() {
  }
}
