package vn.gov.congvu.directory;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad directory file: the contract's error body with every problem, {@code {"error","message","problems"}}. */
@RestControllerAdvice(basePackageClasses = DirectoryErrors.class)
class DirectoryErrors {

  record Body(String error, String message, List<ImportProblem> problems) {
  }

  @ExceptionHandler(ImportRejected.class)
  ResponseEntity<Body> rejected(ImportRejected e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Body("INVALID_DIRECTORY", e.getMessage(),
        e.problems()));
  }
}
