package vn.gov.congvu.web;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input refused by the application's rules, naming the field at fault, with the HTTP status that says why: 400 bad
 * input, 403 the caller may not do it at all, 409 it was done already. One exception for every path: the project
 * API answers it with its status, the input guard in front of the engine likewise, and inside the engine it is
 * Camunda's own bad-request exception, so a start or completion refused by a delegate or listener rolls back and the
 * engine's REST API answers 400 rather than 500.
 */
public class InputRejected extends BadUserRequestException {

  private final String field;
  private final String reason;
  private final int status;

  private InputRejected(String field, String reason, int status) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
    this.status = status;
  }

  public static InputRejected invalid(String field, String reason) {
    return new InputRejected(field, reason, 400);
  }

  public static InputRejected forbidden(String field, String reason) {
    return new InputRejected(field, reason, 403);
  }

  public static InputRejected conflict(String field, String reason) {
    return new InputRejected(field, reason, 409);
  }

  public static InputRejected notFound(String field, String reason) {
    return new InputRejected(field, reason, 404);
  }

  /** A refusal a rule already worded as "field: reason". */
  public static InputRejected refused(String fieldAndReason) {
    int colon = fieldAndReason.indexOf(": ");
    return colon < 0 ? invalid("input", fieldAndReason)
        : invalid(fieldAndReason.substring(0, colon), fieldAndReason.substring(colon + 2));
  }

  public String field() {
    return field;
  }

  /** The Vietnamese reason alone, without the field. */
  public String reason() {
    return reason;
  }

  public int status() {
    return status;
  }

  /** The contract's machine-readable code for this refusal. */
  public String code() {
    return switch (status) {
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 409 -> "CONFLICT";
      default -> "INVALID_" + field.toUpperCase(java.util.Locale.ROOT);
    };
  }
}
