package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/**
 * A request that fails the webapps' CSRF check is refused, and that is all: Camunda's filter also ended the session,
 * so any page able to send a cross-site request could log a person out of Tasklist.
 */
class CsrfRefusalTest extends ApplicationTest {

  private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";
  private static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";

  @Test
  void missingOrWrongTokenIsRefusedWithoutLoggingTheUserOut() {
    WebappSession session = new WebappSession(rest);
    assertThat(session.login("bnhead", DEMO_PASSWORD, "tasklist")).isEqualTo(200);
    assertThat(session.get(WHO_AM_I).getBody()).contains("\"userId\":\"bnhead\""); // the new session's token
    assertThat(session.post(TASK_COUNT, "{}").getStatusCode().value()).isEqualTo(200);

    assertThat(session.post(TASK_COUNT, "{}", null).getStatusCode().value()).isEqualTo(403);
    assertThat(session.get(WHO_AM_I).getBody()).contains("\"userId\":\"bnhead\"");
    assertThat(session.post(TASK_COUNT, "{}", "forged-token").getStatusCode().value()).isEqualTo(403);
    assertThat(session.get(WHO_AM_I).getBody()).contains("\"userId\":\"bnhead\"");

    assertThat(session.post(TASK_COUNT, "{}").getStatusCode().value()).isEqualTo(200);
  }
}
