package vn.gov.congvu.directory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /mat-khau}: the page a first-login link opens (plain HTML, its script and style served beside it). */
@Controller
class PasswordPage {

  private static final Resource PAGE = new ClassPathResource("static/mat-khau/index.html");

  @GetMapping({"/mat-khau", "/mat-khau/"})
  ResponseEntity<Resource> page() {
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(PAGE);
  }
}
