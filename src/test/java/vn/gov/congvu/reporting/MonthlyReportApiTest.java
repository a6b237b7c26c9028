package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

/** /api/monthly-reports and the unit tasks through the engine REST API, as the contract users. */
class MonthlyReportApiTest extends ApplicationTest {

  @Test
  @SuppressWarnings("unchecked")
  void homeAffairsOpensAPeriodEachHeadReportsAndTheReportShowsTheStateSoFar() {
    ResponseEntity<Map> created = as("hahead").postForEntity("/api/monthly-reports", json(Map.of("period", "2032-10")),
        Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(as("haofficer").postForEntity("/api/monthly-reports", json(Map.of("period", "2032-10")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    List<Map<String, Object>> bnTasks = tasksOf("bnhead");
    assertThat(bnTasks).hasSize(1);
    assertThat(tasksOf("d1staff")).isEmpty();
    String taskId = (String) bnTasks.get(0).get("id");
    assertThat(as("bnhead").getForObject("/engine-rest/task/" + taskId + "/variables/knownFigures", String.class))
        .contains("Vi phạm đã ghi nhận");

    assertThat(complete("bnhead", taskId, -1, 0.2).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> badRatio = complete("bnhead", taskId, 0, 1.5);
    assertThat(badRatio.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badRatio.getBody()).contains("officeAttendanceRatio");
    ResponseEntity<String> done = complete("bnhead", taskId, 1, 0.5);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> report = as("hahead").getForObject("/api/monthly-reports/2032-10", Map.class);
    assertThat((List<Map<String, Object>>) report.get("units")).hasSize(6)
        .anySatisfy(u -> assertThat(u).containsEntry("unitId", "ben-nghe").containsEntry("status", "SUBMITTED"))
        .anySatisfy(u -> assertThat(u).containsEntry("unitId", "thu-duc").containsEntry("status", "PENDING"));
    assertThat((List<String>) report.get("unitsAboveAttendanceCap")).containsExactly("ben-nghe");

    HttpHeaders accept = new HttpHeaders();
    accept.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<byte[]> csv = as("owner").exchange("/api/monthly-reports/2032-10", HttpMethod.GET,
        new HttpEntity<>(accept), byte[].class);
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFperiod,unitId,unitName,status");
    assertThat(text).contains("2032-10,ben-nghe,Ủy ban nhân dân Phường Bến Nghé,SUBMITTED")
        .contains("TOTAL").contains("ABOVE_ATTENDANCE_CAP");
  }

  @Test
  void whoMayOpenAndRead() {
    assertThat(as("d1head").postForEntity("/api/monthly-reports", json(Map.of("period", "2032-11")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("hahead").postForEntity("/api/monthly-reports", json(Map.of("period", "2032/11")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("d1staff").getForEntity("/api/monthly-reports/2032-10", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("hahead").getForEntity("/api/monthly-reports/1999-01", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> complete(String user, String taskId, int infected, double ratio) {
    return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", json(Map.of("variables", Map.of(
        "staffInfected", Map.of("value", infected), "violationsHandled", Map.of("value", 0),
        "safetyCriteriaReviewed", Map.of("value", true), "officeAttendanceRatio", Map.of("value", ratio),
        "summary", Map.of("value", "Đơn vị thực hiện tốt")))), String.class);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> tasksOf(String user) {
    return as(user).getForObject("/engine-rest/task?taskDefinitionKey=submit-unit-report&processInstanceBusinessKey="
        + "2032-10&maxResults=50", List.class);
  }

}
