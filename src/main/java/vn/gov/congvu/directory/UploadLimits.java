package vn.gov.congvu.directory;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads the servlet container refuses before any controller runs (over {@code spring.servlet.multipart} limits,
 * or not a readable multipart body): a JSON answer, not a 500. Unscoped, since no handler is known yet then.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<DirectoryErrors.Body> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new DirectoryErrors.Body("PAYLOAD_TOO_LARGE",
        "Yêu cầu tải lên quá lớn: mỗi tệp tối đa 10 MB.", List.of(new ImportProblem(null, null,
            "Tệp tải lên vượt quá giới hạn; mỗi tệp danh bạ tối đa 10 MB."))));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<DirectoryErrors.Body> unreadable(MultipartException e) {
    return ResponseEntity.badRequest().body(new DirectoryErrors.Body("MALFORMED_MULTIPART",
        "Không đọc được nội dung multipart/form-data của yêu cầu.", List.of()));
  }
}
