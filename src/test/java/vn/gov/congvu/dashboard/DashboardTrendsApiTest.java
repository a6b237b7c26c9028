package vn.gov.congvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/** {@code GET /api/dashboard/trends} as its clients call it: the dashboard's audience, twelve months, bad months. */
class DashboardTrendsApiTest extends ApplicationTest {

  private static final String TRENDS = "/api/dashboard/trends";

  @ParameterizedTest
  @ValueSource(strings = {"owner", "hahead", "chairman"})
  @SuppressWarnings("unchecked")
  void ownersHomeAffairsAndTheCitySeeTheWholeCity(String user) {
    Map<String, Object> answer = as(user).getForObject(TRENDS + "?to=2026-11", Map.class);
    assertThat(answer).containsEntry("wholeCity", true).containsEntry("units", List.of())
        .containsEntry("from", "2025-12").containsEntry("to", "2026-11");
    assertThat((List<Map<String, Object>>) answer.get("months")).extracting(m -> m.get("label"))
        .hasSize(12).startsWith("12/2025", "01/2026").endsWith("11/2026");
  }

  @ParameterizedTest
  @CsvSource({"d1head, ben-nghe|district-1, thu-duc", "bnhead, ben-nghe, district-1",
      "tdhead, an-khanh|thu-duc, ben-nghe"})
  @SuppressWarnings("unchecked")
  void aHeadSeesTheirUnitAndTheUnitsBelow(String head, String units, String another) {
    Map<String, Object> answer = as(head).getForObject(TRENDS, Map.class);
    assertThat(answer).containsEntry("wholeCity", false);
    assertThat((List<String>) answer.get("units")).containsAll(List.of(units.split("\\|"))).doesNotContain(another);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bnstaff", "d1duty"})
  void anyoneElseIsRefused(String user) {
    ResponseEntity<Map> answer = as(user).getForEntity(TRENDS, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody()).containsKeys("error", "message");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "11/2026", "tháng 11"})
  void aBadMonthIsA400NamingTheField(String month) {
    ResponseEntity<Map> answer = as("owner").getForEntity(TRENDS + "?to=" + month, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).startsWith("to:");
  }

  /** The Cockpit plugin reads the trends with the browser's webapp session, and the chart library without any. */
  @Test
  void aCockpitSessionMayReadTheTrendsAndTheChartLibraryIsServed() {
    WebappSession cockpit = new WebappSession(rest);
    assertThat(cockpit.get(TRENDS).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(cockpit.login("d1head", DEMO_PASSWORD, "cockpit")).isEqualTo(200);
    ResponseEntity<String> read = cockpit.get(TRENDS);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).contains("\"wholeCity\":false").doesNotContain("\"thu-duc\"");

    ResponseEntity<String> library = rest.getForEntity("/webjars/uplot/1.6.30/dist/uPlot.esm.js", String.class);
    assertThat(library.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(library.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(library.getBody()).contains("export { uPlot as default }");
    assertThat(rest.getForEntity("/webjars/uplot/1.6.30/dist/uPlot.min.css", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }
}
