package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/**
 * Tasklist's own path to the engine answers errors as {@code /engine-rest} does: Camunda's webapp application showed
 * the SQL of a failed query and its message codes to whoever was logged in.
 */
class WebappEngineErrorsTest extends ApplicationTest {

  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @Test
  void errorsShowNeitherSqlNorEngineCodes() {
    WebappSession session = new WebappSession(rest);
    assertThat(session.login("bnhead", DEMO_PASSWORD, "tasklist")).isEqualTo(200);
    session.get("/camunda/api/admin/auth/user/default"); // the new session's XSRF token

    // jobId with jobIds makes Camunda's job query emit invalid SQL, whose text was the message.
    ResponseEntity<String> failedQuery = session.post(ENGINE + "/job/count", "{\"jobId\":\"a\",\"jobIds\":[\"b\"]}");
    assertThat(failedQuery.getStatusCode().value()).as(failedQuery.getBody()).isEqualTo(500);
    assertThat(failedQuery.getBody()).contains("mã tra cứu").doesNotContain("SELECT", "ACT_RU_", "ENGINE-", "###");

    ResponseEntity<String> missing = session.get(ENGINE + "/process-instance/no-such-instance/variables/x");
    assertThat(missing.getStatusCode().value()).as(missing.getBody()).isEqualTo(404);
    assertThat(missing.getBody()).doesNotContain("ENGINE-", "org.camunda");
  }
}
