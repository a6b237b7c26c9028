package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

class AuthenticationTest extends ApplicationTest {

  @Autowired
  IdentityService identity;

  @BeforeEach
  void userForWrongPasswords() {
    // A user of its own: wrong passwords lock an account for a while, which must not disturb other tests.
    if (identity.createUserQuery().userId("lockme").count() == 0) {
      User user = identity.newUser("lockme");
      user.setPassword("right-password");
      identity.saveUser(user);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/engine", "/engine-rest/identity/verify", "/api/me",
      "/actuator/prometheus"})
  void anonymousGets401(String path) {
    ResponseEntity<String> response = rest.getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void wrongPasswordGets401() {
    assertThat(rest.withBasicAuth("lockme", "wrong").getForEntity("/api/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("lockme", "wrong").getForEntity("/engine-rest/task?maxResults=1", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void unknownUserGets401() {
    assertThat(rest.withBasicAuth("nobody", "demo").getForEntity("/api/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chairman", "hahead", "haofficer", "healthhead", "d1head", "d1duty", "d1staff", "bnhead",
      "bnduty", "bnstaff", "tdhead", "akhead", "owner", "admin"})
  void everyContractUserLogsIn(String userId) {
    ResponseEntity<String> response = as(userId).getForEntity("/api/me", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"userId\":\"" + userId + "\"");
  }

  @Test
  void healthIsOpenAndReportsDatabaseAndEngine() {
    assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getBody()).contains("\"UP\"");
    ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(readiness.getBody()).contains("\"db\"").contains("\"processEngine\"");
  }

  @Test
  void metricsNeedAuthentication() {
    ResponseEntity<String> response = as("owner").getForEntity("/actuator/prometheus", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("jvm_memory_used_bytes");
  }
}
