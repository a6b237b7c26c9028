package vn.gov.congvu.web;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input refused by the application's rules, naming the field at fault; {@code forbidden} when the caller may not do
 * it at all. One exception for every path: the project API answers it 400/403, and inside the engine it is Camunda's
 * own bad-request exception, so a start or completion refused by a delegate or listener rolls back and the engine's
 * REST API answers 400 rather than 500.
 */
public class InputRejected extends BadUserRequestException {

  private final String field;
  private final String reason;
  private final boolean forbidden;

  private InputRejected(String field, String reason, boolean forbidden) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
    this.forbidden = forbidden;
  }

  public static InputRejected invalid(String field, String reason) {
    return new InputRejected(field, reason, false);
  }

  public static InputRejected forbidden(String field, String reason) {
    return new InputRejected(field, reason, true);
  }

  /** A refusal a rule already worded as "field: reason". */
  public static InputRejected refused(String fieldAndReason) {
    int colon = fieldAndReason.indexOf(": ");
    return colon < 0 ? new InputRejected("input", fieldAndReason, false)
        : new InputRejected(fieldAndReason.substring(0, colon), fieldAndReason.substring(colon + 2), false);
  }

  public String field() {
    return field;
  }

  /** The Vietnamese reason alone, without the field. */
  public String reason() {
    return reason;
  }

  public boolean forbidden() {
    return forbidden;
  }
}
