package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.support.ApplicationTest;

/** /api/monthly-reports and the unit tasks through the engine REST API, as the contract users. */
class MonthlyReportApiTest extends ApplicationTest {

  @Autowired
  JdbcTemplate jdbc;

  /** A period may be opened up to the current month: these tests live in December 2032. */
  @BeforeEach
  void inDecember2032() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-12-15T03:00:00Z")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM epidemic_level WHERE process_instance_id = 'report-test'");
  }

  @Test
  @SuppressWarnings("unchecked")
  void homeAffairsOpensAPeriodEachHeadReportsAndTheReportShowsTheStateSoFar() {
    // Level 4 in Phường Bến Nghé for the month (W2: the 1/3 cap applies there); nothing announced in An Khánh.
    jdbc.update("INSERT INTO epidemic_level (area_unit_id, level_no, effective_from, decision_ref, announced_by, "
        + "announced_at, process_instance_id, reference) VALUES ('ben-nghe', 4, DATE '2032-09-20', '45/QĐ-UBND', "
        + "'healthhead', TIMESTAMP '2032-09-19 08:00:00', 'report-test', 'CD-2032-000999')");
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

    assertThat(complete("bnhead", taskId, Map.of("staffInfected", -1, "onSitePercent", 20)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> badShare = complete("bnhead", taskId, Map.of("onSitePercent", 101));
    assertThat(badShare.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badShare.getBody()).contains("onSitePercent");
    ResponseEntity<String> badRatio = complete("bnhead", taskId, Map.of("officeAttendanceRatio", 1.5));
    assertThat(badRatio.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badRatio.getBody()).contains("officeAttendanceRatio");
    ResponseEntity<String> moreThanInfected = complete("bnhead", taskId, Map.of("staffInfected", 1,
        "staffInfectedByNonCompliance", 2, "onSitePercent", 20));
    assertThat(moreThanInfected.getBody()).contains("staffInfectedByNonCompliance");
    ResponseEntity<String> done = complete("bnhead", taskId, Map.of("staffInfected", 2,
        "staffInfectedByNonCompliance", 1, "onSitePercent", 50, "workFromHome", 8, "onlineMeetings", true,
        "workingRulesReviewed", true, "rewardsProposed", "Khen tổ phản ứng nhanh"));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    // A client written before onSitePercent still sends a share between 0 and 1.
    String anKhanh = (String) tasksOf("akhead").get(0).get("id");
    assertThat(complete("akhead", anKhanh, Map.of("officeAttendanceRatio", 0.3)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> report = as("hahead").getForObject("/api/monthly-reports/2032-10", Map.class);
    assertThat((List<Map<String, Object>>) report.get("units")).hasSize(6)
        .anySatisfy(u -> assertThat(u).containsEntry("unitId", "ben-nghe").containsEntry("status", "SUBMITTED")
            .containsEntry("submittedBy", "bnhead").containsEntry("staffInfected", 2)
            .containsEntry("staffInfectedByNonCompliance", 1)
            .containsEntry("onSitePercent", 50).containsEntry("onSiteCapPercent", 33)
            .containsEntry("aboveOnSiteCap", true).containsEntry("workFromHome", 8)
            .containsEntry("onlineMeetings", true).containsEntry("workingRulesReviewed", true)
            .containsEntry("rewardsProposed", "Khen tổ phản ứng nhanh").containsEntry("safetyCriteriaReviewed", true))
        .anySatisfy(u -> assertThat(u).containsEntry("unitId", "an-khanh").containsEntry("onSitePercent", 30)
            .containsEntry("onSiteCapPercent", null).containsEntry("aboveOnSiteCap", false)
            .containsEntry("epidemicLevels", "Chưa công bố cấp độ dịch"))
        .anySatisfy(u -> assertThat(u).containsEntry("unitId", "district-1").containsEntry("onSiteCapPercent", 33)
            .containsEntry("epidemicLevels", "Cấp độ 4 – nguy cơ rất cao (vùng đỏ) từ 20/09/2032 (45/QĐ-UBND)"))
        .anySatisfy(u -> assertThat(u).containsEntry("unitId", "thu-duc").containsEntry("status", "PENDING"));
    assertThat((List<String>) report.get("unitsAboveOnSiteCap")).containsExactly("ben-nghe");
    assertThat((Map<String, Object>) report.get("totals")).containsEntry("staffInfected", 2)
        .containsEntry("staffInfectedByNonCompliance", 1).containsEntry("workFromHome", 8);

    HttpHeaders accept = new HttpHeaders();
    accept.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<byte[]> csv = as("owner").exchange("/api/monthly-reports/2032-10", HttpMethod.GET,
        new HttpEntity<>(accept), byte[].class);
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFKỳ báo cáo,Mã đơn vị,Tên đơn vị,Trạng thái,Trễ hạn,Thời điểm gửi,"
        + "Cán bộ nhiễm COVID-19,Trong đó do không chấp hành quy định");
    assertThat(text).contains("2032-10,ben-nghe,Ủy ban nhân dân Phường Bến Nghé,Đã báo cáo,Không,")
        .contains(",2,1,0,Khen tổ phản ứng nhanh,Có,Có,50,33,Có,8,Có,")
        .contains("2032-10,thu-duc,Ủy ban nhân dân thành phố Thủ Đức,Chưa báo cáo,Không,")
        .contains("Tổng cộng").contains("Đơn vị vượt mức làm việc tại cơ quan")
        .contains("Ủy ban nhân dân Phường Bến Nghé (ben-nghe)").doesNotContain("SUBMITTED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void wardsReportThroughTheirDistrictAndTheCitysDirectionsReachEveryHead() {
    assertThat(as("hahead").postForEntity("/api/monthly-reports", json(Map.of("period", "2032-12")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    for (String head : List.of("bnhead", "d1head", "akhead", "tdhead", "hahead", "healthhead")) {
      String taskId = (String) tasksOf(head, "submit-unit-report", "2032-12").get(0).get("id");
      assertThat(complete(head, taskId, Map.of("onSitePercent", 20)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(tasksOf("bnhead", "consolidate-district-report", "2032-12")).isEmpty();
    ResponseEntity<String> noSummary = completeOnly("d1head", "consolidate-district-report", "2032-12", Map.of());
    assertThat(noSummary.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noSummary.getBody()).contains("districtSummary");
    assertThat(completeOnly("d1head", "consolidate-district-report", "2032-12", Map.of("districtSummary",
        "Quận 1 và phường Bến Nghé chấp hành tốt")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(completeOnly("tdhead", "consolidate-district-report", "2032-12", Map.of("districtSummary",
        "Thủ Đức chấp hành tốt")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(completeOnly("haofficer", "consolidate-monthly-report", "2032-12", Map.of("assessment",
        "Các đơn vị chấp hành tốt")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(completeOnly("chairman", "review-monthly-report", "2032-12", Map.of("directions",
        "Tiếp tục rà soát quy chế làm việc")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> report = as("d1head").getForObject("/api/monthly-reports/2032-12", Map.class);
    assertThat(report).containsEntry("status", "CLOSED").containsEntry("directions",
        "Tiếp tục rà soát quy chế làm việc");
    assertThat((List<Map<String, Object>>) report.get("districtReports")).hasSize(2)
        .anySatisfy(d -> assertThat(d).containsEntry("districtId", "district-1").containsEntry("status", "SENT")
            .containsEntry("summary", "Quận 1 và phường Bến Nghé chấp hành tốt").containsEntry("sentBy", "d1head"));
    assertThat((List<Map<String, Object>>) report.get("units"))
        .anySatisfy(u -> assertThat(u).containsEntry("unitId", "ben-nghe").containsEntry("reportsThrough",
            "district-1").containsEntry("grade", "Hoàn thành tốt nhiệm vụ"))
        .anySatisfy(u -> assertThat(u).containsEntry("unitId", "health-dept").containsEntry("reportsThrough", null));
    String csv = as("hahead").getForObject("/api/monthly-reports/2032-12?format=csv", String.class);
    assertThat(csv).contains("2032-12,district-1,Báo cáo tổng hợp của Ủy ban nhân dân Quận 1,Đã gửi Sở Nội vụ,")
        .contains(",Quận 1 và phường Bến Nghé chấp hành tốt,Sở Nội vụ,")
        .contains("Chỉ đạo của Ủy ban nhân dân Thành phố").contains("Tiếp tục rà soát quy chế làm việc");
    assertThat(jdbc.queryForList("SELECT recipient FROM notification_outbox WHERE kind = 'MONTHLY_REPORT_DIRECTIONS' "
        + "AND subject LIKE '%12/2032'", String.class)).containsExactlyInAnyOrder("heads-an-khanh", "heads-ben-nghe",
            "heads-district-1", "heads-health-dept", "heads-home-affairs", "heads-thu-duc");
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

  @Test
  @SuppressWarnings("unchecked")
  void aPeriodBeforeTheInstallationOrAfterTheCurrentMonthIsRefusedNamingPeriod() {
    jdbc.update("UPDATE app_installation SET started_at = ?", Timestamp.from(Instant.parse("2026-11-20T01:00:00Z")));
    for (String period : List.of("1900-01", "2026-10", "2033-01", "9999-12", "2032-13")) {
      ResponseEntity<Map> refused = as("hahead").postForEntity("/api/monthly-reports", json(Map.of("period", period)),
          Map.class);
      assertThat(refused.getStatusCode()).as(period).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).containsEntry("error", "INVALID_PERIOD");
      assertThat((String) refused.getBody().get("message")).startsWith("period:");
    }
    assertThat((String) as("hahead").postForEntity("/api/monthly-reports", json(Map.of("period", "2033-01")),
        Map.class).getBody().get("message")).contains("từ tháng 11/2026").contains("đến tháng 12/2032");

    // The engine's /message endpoint starts the cycle too: 400 naming period, never 500, nothing started.
    for (Object period : List.of("1900-01", "2033-01", "0000-01", 203201)) {
      ResponseEntity<Map> refused = as("hahead").postForEntity("/engine-rest/message", json(Map.of("messageName",
          MonthlyReportingProcess.MESSAGE_REQUESTED, "processVariables", Map.of("period", Map.of("value", period)))),
          Map.class);
      assertThat(refused.getStatusCode()).as(period.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).containsEntry("field", "period"); // the Vietnamese reason alone as the message
      assertThat((String) refused.getBody().get("message")).isNotBlank().doesNotContain("Exception", "ENGINE-");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report_cycle WHERE period IN ('1900-01', "
        + "'2026-10', '2033-01', '9999-12', '0000-01')", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ IN ('1900-01', "
        + "'2033-01', '0000-01')", Integer.class)).isZero();
  }

  /** A report through the engine REST API: the given values over a valid one without the on-site share. */
  private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>(Map.of("staffInfected", 0, "violationsHandled", 0,
        "safetyCriteriaReviewed", true, "summary", "Đơn vị thực hiện tốt"));
    variables.putAll(values);
    Map<String, Object> body = new HashMap<>();
    variables.forEach((name, value) -> body.put(name, Map.of("value", value)));
    return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", json(Map.of("variables", body)),
        String.class);
  }

  private List<Map<String, Object>> tasksOf(String user) {
    return tasksOf(user, "submit-unit-report", "2032-10");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> tasksOf(String user, String taskKey, String period) {
    return as(user).getForObject("/engine-rest/task?taskDefinitionKey=" + taskKey + "&processInstanceBusinessKey="
        + period + "&maxResults=50", List.class);
  }

  private ResponseEntity<String> completeOnly(String user, String taskKey, String period, Map<String, Object> values) {
    String taskId = (String) tasksOf(user, taskKey, period).get(0).get("id");
    Map<String, Object> body = new HashMap<>();
    values.forEach((name, value) -> body.put(name, Map.of("value", value)));
    return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", json(Map.of("variables", body)),
        String.class);
  }

}
