package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

/** Browsers never sniff an API answer into a script or page: {@code nosniff} on answers and refusals alike. */
class NoSniffTest extends ApplicationTest {

  @ParameterizedTest
  @CsvSource({
      "bnhead, /api/me, 200",
      ", /api/me, 401",
      "bnstaff, /api/monthly-reports/2026-10, 403",
      "bnhead, /api/monthly-reports/not-a-period, 400",
      "bnhead, /api/no-such-endpoint, 404",
      "bnhead, /engine-rest/task?maxResults=1, 200",
      ", /engine-rest/task, 401",
      "bnhead, /engine-rest/task/no-such-task, 404",
      "bnhead, /engine-rest/task?sortBy=nonsense&sortOrder=asc, 400",
      "bnhead, /engine-rest/history/cleanup/configuration, 200"})
  void everyApiAnswerSaysNoSniff(String user, String path, int status) {
    TestRestTemplate client = user == null ? rest : as(user);
    ResponseEntity<String> response = client.getForEntity(path, String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
