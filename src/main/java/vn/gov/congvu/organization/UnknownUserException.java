package vn.gov.congvu.organization;

/** A user id that the directory does not know. */
public class UnknownUserException extends RuntimeException {

  public UnknownUserException(String userId) {
    super("Không tìm thấy cán bộ: " + userId);
  }
}
