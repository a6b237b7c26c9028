package vn.gov.congvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/** {@code GET /api/dashboard} as its clients call it: who sees which units, what a bad range gets. */
class DashboardApiTest extends ApplicationTest {

  @ParameterizedTest
  @ValueSource(strings = {"owner", "hahead", "haofficer", "chairman", "admin"})
  void ownersHomeAffairsAndTheCitySeeTheWholeCity(String user) {
    ResponseEntity<Map> answer = as(user).getForEntity("/api/dashboard", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("wholeCity", true).containsEntry("units", List.of())
        .containsKeys("tasks", "incidents", "travel", "reporting");
  }

  /** The demo's units outside each head's branch. */
  private static final Map<String, List<String>> OTHER_BRANCHES = Map.of(
      "d1head", List.of("an-khanh", "thu-duc", "home-affairs", "health-dept", "city-committee"),
      "bnhead", List.of("district-1", "an-khanh", "thu-duc", "home-affairs", "health-dept", "city-committee"),
      "tdhead", List.of("ben-nghe", "district-1", "home-affairs", "health-dept", "city-committee"));

  @ParameterizedTest
  @CsvSource({"d1head, ben-nghe|district-1", "bnhead, ben-nghe", "tdhead, an-khanh|thu-duc"})
  @SuppressWarnings("unchecked")
  void aHeadSeesTheirUnitAndTheUnitsBelow(String head, String units) {
    List<String> expected = List.of(units.split("\\|"));
    Map<String, Object> answer = as(head).getForObject("/api/dashboard", Map.class);

    // Its own branch, and nothing of another: a ward imported below the district by the directory tests (sharing
    // this context) is the district's too.
    List<String> seen = (List<String>) answer.get("units");
    assertThat(answer).containsEntry("wholeCity", false);
    assertThat(seen).containsAll(expected).noneMatch(OTHER_BRANCHES.get(head)::contains);
    Map<String, Object> tasks = (Map<String, Object>) answer.get("tasks");
    assertThat((List<Map<String, Object>>) tasks.get("byUnit")).extracting(load -> (String) load.get("id"))
        .allMatch(seen::contains);
    List<Map<String, Object>> periods = (List<Map<String, Object>>) answer.get("reporting");
    assertThat(periods).flatExtracting(period -> (List<Map<String, Object>>) period.get("units"))
        .extracting(unit -> (String) unit.get("unitId")).allMatch(seen::contains);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bnstaff", "d1duty", "healthhead-not-a-user"})
  void anyoneElseIsRefused(String user) {
    HttpStatus expected = user.endsWith("not-a-user") ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
    assertThat(as(user).getForEntity("/api/dashboard", String.class).getStatusCode()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"from=2026-13-01, from", "from=hôm qua, from", "to=01/12/2026, to", "from=2026-12-02&to=2026-12-01, to"})
  void aBadRangeIsA400NamingTheField(String query, String field) {
    ResponseEntity<Map> answer = as("owner").getForEntity("/api/dashboard?" + query, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).startsWith(field + ":");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRangeIsEchoed() {
    Map<String, Object> answer = as("owner").getForObject("/api/dashboard?from=2026-11-01&to=2026-11-30", Map.class);
    assertThat(answer).containsEntry("from", "2026-11-01").containsEntry("to", "2026-11-30");
  }

  /** The Cockpit plugin reads the endpoint with the browser's webapp session; only reads, only of the project API. */
  @Test
  void aCockpitSessionMayReadTheDashboardAndNothingElse() {
    WebappSession cockpit = new WebappSession(rest);
    assertThat(cockpit.get("/api/dashboard").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(cockpit.login("d1head", DEMO_PASSWORD, "cockpit")).isEqualTo(200);

    ResponseEntity<String> read = cockpit.get("/api/dashboard");
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).contains("\"units\":[\"ben-nghe\",").contains("\"district-1\"]")
        .doesNotContain("\"thu-duc\"");
    assertThat(cockpit.get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(cockpit.post("/api/incidents", Map.of("unitId", "district-1")).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void staffCannotOpenCockpitForTheDashboard() {
    assertThat(new WebappSession(rest).login("bnstaff", DEMO_PASSWORD, "cockpit")).isEqualTo(403);
    assertThat(rest.exchange("/api/dashboard", HttpMethod.GET, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
