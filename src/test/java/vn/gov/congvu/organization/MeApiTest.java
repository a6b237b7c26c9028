package vn.gov.congvu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

class MeApiTest extends ApplicationTest {

  @Test
  @SuppressWarnings("unchecked")
  void staffMemberSeesTheirUnitRoleAndGroups() {
    ResponseEntity<Map> response = as("bnduty").getForEntity("/api/me", Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("unitId", "ben-nghe").containsEntry("role", "DUTY")
        .containsEntry("unitName", "Ủy ban nhân dân Phường Bến Nghé");
    assertThat((java.util.List<String>) response.getBody().get("groups"))
        .contains("staff", "members-ben-nghe", "duty-ben-nghe", "duty-officers");
  }
}
