package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/**
 * Wrong passwords slow an account down but never lock it for good (Camunda locked it after 10 until an administrator
 * stepped in, a denial of service anyone could run), and each failure is logged with the account and the address.
 */
class LoginDelayTest extends ApplicationTest {

  /** Past Camunda's longest delay between two counted attempts (60 s). */
  private static final long PAST_THE_DELAY = 61_000;

  @Autowired
  IdentityService identity;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private long now;

  @BeforeEach
  void captureTheLog() {
    log.start();
    ((Logger) LoggerFactory.getLogger(FailedLoginLogFilter.class)).addAppender(log);
    now = ClockUtil.getCurrentTime().getTime();
  }

  @AfterEach
  void restore() {
    ((Logger) LoggerFactory.getLogger(FailedLoginLogFilter.class)).detachAppender(log);
    ClockUtil.reset();
    identity.unlockUser("bnhead");
  }

  @Test
  void twelveWrongPasswordsDelayTheHeadButTheRightOneStillWorks() {
    for (int attempt = 0; attempt < 12; attempt++) {
      switch (attempt % 3) {
        case 0 -> assertThat(new WebappSession(rest).login("bnhead", "wrong-" + attempt, "tasklist")).isEqualTo(401);
        case 1 -> assertThat(wrong("/api/me", attempt)).isEqualTo(401);
        default -> assertThat(wrong("/engine-rest/task?maxResults=1", attempt)).isEqualTo(401);
      }
      advance();
    }
    assertThat(as("bnhead").getForEntity("/api/me", String.class).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void eachFailureIsLoggedWithAccountAndAddress() {
    new WebappSession(rest).login("bnhead", "wrong", "tasklist");
    advance();
    wrong("/api/me", 0);
    advance();
    wrong("/engine-rest/task", 0);

    List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).contains("'bnhead'").contains("127.0.0.1"));
    assertThat(lines.get(0)).contains("/camunda/api/admin/auth/user/default/login/tasklist");
    assertThat(lines.get(1)).contains("/api/me");
    assertThat(lines.get(2)).contains("/engine-rest/task");
  }

  private int wrong(String path, int attempt) {
    return rest.withBasicAuth("bnhead", "wrong-" + attempt).getForEntity(path, String.class).getStatusCode().value();
  }

  private void advance() {
    now += PAST_THE_DELAY;
    ClockUtil.setCurrentTime(new Date(now));
  }
}
