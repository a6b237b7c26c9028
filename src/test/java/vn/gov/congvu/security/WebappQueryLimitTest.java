package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/**
 * Cockpit's version dropdown asks for every version of a definition without maxResults: the webapps' API bounds it
 * by the engine's limit, while the engine REST API keeps refusing unbounded lists and nobody gets more than the limit.
 */
class WebappQueryLimitTest extends ApplicationTest {

  private static final String VERSIONS =
      "process-definition?key=travel-approval&sortBy=version&sortOrder=desc&withoutTenantId=true";

  @Test
  void cockpitGetsEveryVersionOfADefinition() {
    WebappSession cockpit = new WebappSession(rest);
    assertThat(cockpit.login("owner", "demo", "cockpit")).isEqualTo(200);
    ResponseEntity<String> versions = cockpit.get("/camunda/api/engine/engine/default/" + VERSIONS);
    assertThat(versions.getStatusCode()).as(versions.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(versions.getBody()).contains("\"key\":\"travel-approval\"");
  }

  @Test
  void theRestApiStillRefusesUnboundedLists() {
    ResponseEntity<String> versions = as("owner").getForEntity("/engine-rest/" + VERSIONS, String.class);
    assertThat(versions.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(versions.getBody()).contains("unbound number of results");
  }

  @Test
  void nobodyGetsMoreThanTheLimit() {
    WebappSession cockpit = new WebappSession(rest);
    cockpit.login("owner", "demo", "cockpit");
    ResponseEntity<String> tooMany = cockpit.get("/camunda/api/engine/engine/default/" + VERSIONS + "&maxResults=2001");
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody()).contains("Max results limit of 2000 exceeded");
  }
}
