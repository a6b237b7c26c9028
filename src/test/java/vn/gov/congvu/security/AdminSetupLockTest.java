package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.support.ApplicationTest;

/**
 * Regression test for the 2026 weakness of Camunda 7.24 CE: Admin's first-run setup counts only direct members of
 * camunda-admin. The endpoint is closed for good, and the administrator stays a direct member.
 */
class AdminSetupLockTest extends ApplicationTest {

  @Autowired
  IdentityService identity;

  @Test
  void setupEndpointNeverCreatesAUser() {
    long users = identity.createUserQuery().count();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> body = Map.of("profile", Map.of("id", "intruder", "firstName", "X", "lastName", "Y"),
        "credentials", Map.of("password", "Intruder-2026!"));

    ResponseEntity<String> response = rest.postForEntity("/camunda/api/admin/setup/default/user/create",
        new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void setupEndpointIsClosedEvenForTheAdministrator() {
    ResponseEntity<String> response = as("admin").postForEntity("/camunda/api/admin/setup/default/user/create",
        new HttpEntity<>("{}", jsonHeaders()), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void administratorIsADirectMemberOfCamundaAdmin() {
    assertThat(identity.createUserQuery().memberOfGroup(DirectoryGroups.ADMINS).userId("admin").count())
        .isEqualTo(1);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
