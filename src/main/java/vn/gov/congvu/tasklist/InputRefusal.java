package vn.gov.congvu.tasklist;

/** Why a start or completion is refused: 400 for bad input, 403 when the caller may not do it at all. */
public record InputRefusal(int status, String message) {

  public static InputRefusal badRequest(String message) {
    return new InputRefusal(400, message);
  }

  public static InputRefusal forbidden(String message) {
    return new InputRefusal(403, message);
  }
}
