package vn.gov.congvu.travel;

/** Why a travel request was refused, naming the field at fault; {@code forbidden} when filed for someone else. */
public class TravelRequestRejected extends RuntimeException {

  private final String field;
  private final boolean forbidden;

  TravelRequestRejected(String field, String message, boolean forbidden) {
    super(message);
    this.field = field;
    this.forbidden = forbidden;
  }

  static TravelRequestRejected invalid(String field, String message) {
    return new TravelRequestRejected(field, message, false);
  }

  public String field() {
    return field;
  }

  public boolean forbidden() {
    return forbidden;
  }
}
