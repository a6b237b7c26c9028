package vn.gov.congvu.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Turns refusals of the project API into the contract's JSON error body; bad input never becomes a 500. */
@RestControllerAdvice(basePackages = "vn.gov.congvu")
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> refused(ApiException e) {
    return ResponseEntity.status(e.status()).body(new ApiError(e.error(), e.getMessage()));
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ApiError> unreadable(Exception e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        && mapping.getPath().get(0).getFieldName() != null) {
      String field = mapping.getPath().get(0).getFieldName();
      return ResponseEntity.badRequest().body(new ApiError("INVALID_" + field.toUpperCase(java.util.Locale.ROOT),
          field + ": Sai kiểu dữ liệu"));
    }
    return ResponseEntity.badRequest().body(new ApiError("MALFORMED_REQUEST", "Nội dung yêu cầu không đọc được"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(new ApiError("UNSUPPORTED_MEDIA_TYPE", "Send application/json"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(new ApiError("METHOD_NOT_ALLOWED", e.getMessage()));
  }

  /** The application's rules refused the input, before or inside the engine. */
  @ExceptionHandler(InputRejected.class)
  ResponseEntity<ApiError> rejected(InputRejected e) {
    return ResponseEntity.status(e.status()).body(new ApiError(e.code(), e.getMessage()));
  }

  /** The engine refused the input (a delegate's or listener's validation). */
  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<ApiError> badUserRequest(BadUserRequestException e) {
    return ResponseEntity.badRequest().body(new ApiError("INVALID_REQUEST", e.getMessage()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    LOG.debug("Refused by the engine's authorization", e);
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("FORBIDDEN", "Not authorized"));
  }
}
