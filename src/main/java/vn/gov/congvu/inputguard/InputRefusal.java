package vn.gov.congvu.inputguard;

import vn.gov.congvu.web.InputRejected;

/** Why a start or completion is refused: 400 for bad input, 403 when the caller may not do it at all. */
public record InputRefusal(int status, String message) {

  public static InputRefusal badRequest(String message) {
    return new InputRefusal(400, message);
  }

  public static InputRefusal forbidden(String message) {
    return new InputRefusal(403, message);
  }

  public static InputRefusal of(InputRejected rejected) {
    return rejected.forbidden() ? forbidden(rejected.getMessage()) : badRequest(rejected.getMessage());
  }
}
