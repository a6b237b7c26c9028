package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/** Logging in to the webapps as a person does: Tasklist for staff, Cockpit for the process owner. */
class WebappLoginTest extends ApplicationTest {

  @Test
  void staffLogInToTasklistButNotCockpit() {
    assertThat(login("d1staff", "demo", "tasklist")).isEqualTo(HttpStatus.OK);
    assertThat(login("bnstaff", "demo", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void processOwnerLogsInToCockpitButNotTasklist() {
    assertThat(login("owner", "demo", "cockpit")).isEqualTo(HttpStatus.OK);
    assertThat(login("owner", "demo", "tasklist")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void administratorLogsInToAdmin() {
    assertThat(login("admin", "admin", "admin")).isEqualTo(HttpStatus.OK);
    assertThat(login("d1head", "demo", "admin")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void wrongPasswordIsRefused() {
    assertThat(login("ghost", "not-demo", "tasklist")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private HttpStatus login(String user, String password, String app) {
    return HttpStatus.valueOf(new WebappSession(rest).login(user, password, app));
  }
}
