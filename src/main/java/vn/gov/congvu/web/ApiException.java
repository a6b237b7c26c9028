package vn.gov.congvu.web;

import org.springframework.http.HttpStatus;

/** A refusal the project API answers with a 4xx status and an {@link ApiError} body. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String error;

  public ApiException(HttpStatus status, String error, String message) {
    super(message);
    this.status = status;
    this.error = error;
  }

  public static ApiException badRequest(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, "INVALID_" + field.toUpperCase(), field + ": " + message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", message);
  }

  public HttpStatus status() {
    return status;
  }

  public String error() {
    return error;
  }
}
