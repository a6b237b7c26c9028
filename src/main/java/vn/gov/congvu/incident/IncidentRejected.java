package vn.gov.congvu.incident;

/** Why a case was refused at intake, naming the field; {@code forbidden} when the reporter may not report it. */
public class IncidentRejected extends RuntimeException {

  private final String field;
  private final boolean forbidden;

  IncidentRejected(String field, String message, boolean forbidden) {
    super(message);
    this.field = field;
    this.forbidden = forbidden;
  }

  public String field() {
    return field;
  }

  public boolean forbidden() {
    return forbidden;
  }
}
