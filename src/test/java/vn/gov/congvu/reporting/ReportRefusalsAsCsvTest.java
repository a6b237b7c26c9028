package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

/**
 * A refused report keeps its status and the contract's JSON error body whatever the client accepts: asking for CSV
 * turned every refusal into an empty 500.
 */
class ReportRefusalsAsCsvTest extends ApplicationTest {

  @ParameterizedTest
  @CsvSource({"bnstaff, 2026-10, 403", "hahead, not-a-period, 400", "hahead, NEVER_OPENED, 404"})
  void refusalKeepsItsStatusAndJsonBodyWhenCsvIsAsked(String user, String period, int status) {
    String path = "/api/monthly-reports/" + (period.equals("NEVER_OPENED") ? neverOpened() : period);

    for (String accept : List.of("text/csv", "text/csv, application/json;q=0.5", "application/json")) {
      ResponseEntity<String> response = get(user, path, accept);
      assertThat(response.getStatusCode().value()).as(accept).isEqualTo(status);
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
      assertThat(response.getBody()).contains("\"error\":").contains("\"message\":");
    }
    assertThat(as(user).getForEntity(path + "?format=csv", String.class).getStatusCode().value()).isEqualTo(status);
  }

  /** The latest month nobody has opened in this shared context (tests open periods of their own). */
  private String neverOpened() {
    YearMonth period = YearMonth.now();
    while (get("hahead", "/api/monthly-reports/" + period, "application/json").getStatusCode().value() != 404) {
      period = period.minusMonths(1);
    }
    return period.toString();
  }

  private ResponseEntity<String> get(String user, String path, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, accept);
    return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
