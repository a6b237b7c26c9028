package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

/** POST /api/incidents and the walk up the chain through the engine REST API, as the contract users. */
class IncidentApiTest extends ApplicationTest {

  @Autowired
  RuntimeService runtime;

  @Test
  void wardCaseWalksUpToTheChairmanEachLevelSeeingTheHistory() {
    String instanceId = report("bnduty", incident("ben-nghe"));
    List<String> walk = List.of("bnduty", "bnhead", "d1head", "haofficer", "chairman");
    for (int i = 0; i < walk.size(); i++) {
      String user = walk.get(i);
      Map<String, Object> task = taskSeenBy(user, instanceId);
      assertThat(task).as(user).isNotNull();
      if (i + 1 < walk.size()) {
        assertThat(taskSeenBy(walk.get(i + 1), instanceId)).as(walk.get(i + 1) + " before escalation").isNull();
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> history = as(user).getForObject(
          "/engine-rest/task/" + task.get("id") + "/variables/incidentHistory", Map.class);
      assertThat((String) history.get("value")).as(user).contains("Tiếp nhận");
      if (i > 0) {
        assertThat((String) history.get("value")).contains("Chuyển cấp trên: bước " + (i - 1));
      }
      String decision = i + 1 < walk.size() ? "ESCALATE" : "RESOLVED";
      Map<String, Object> variables = new HashMap<>(Map.of("decision", Map.of("value", decision), "actionTaken",
          Map.of("value", "bước " + i)));
      if (user.equals("haofficer")) {
        ResponseEntity<String> unadvised = complete(user, task, variables);
        assertThat(unadvised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unadvised.getBody()).contains("advice");
        variables.put("advice", Map.of("value", "Đề nghị Thành phố chỉ đạo kiểm điểm"));
      }
      if (user.equals("chairman")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> advice = as(user).getForObject("/engine-rest/task/" + task.get("id")
            + "/variables/advice", Map.class);
        assertThat(advice.get("value")).isEqualTo("Đề nghị Thành phố chỉ đạo kiểm điểm");
      }
      assertThat(complete(user, task, variables).getStatusCode()).as(user).isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }

  @Test
  void escalatingFromTheCityIsRefusedWith400() {
    String instanceId = report("admin", incident("city-committee"));
    Map<String, Object> task = taskSeenBy("haofficer", instanceId);
    as("haofficer").postForEntity("/engine-rest/task/" + task.get("id") + "/complete",
        json(Map.of("variables", Map.of("decision", Map.of("value", "ESCALATE"), "actionTaken",
            Map.of("value", "Báo cáo Thành phố"), "advice", Map.of("value", "Đề nghị chỉ đạo")))), String.class);
    Map<String, Object> cityTask = taskSeenBy("chairman", instanceId);
    ResponseEntity<String> refused = as("chairman").postForEntity("/engine-rest/task/" + cityTask.get("id")
        + "/complete", json(Map.of("variables", Map.of("decision", Map.of("value", "ESCALATE"), "actionTaken",
            Map.of("value", "?")))), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("decision");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStaffViolationIsClosedWithTheViolatorsAndTheirHandlingOrWithNoneFound() {
    String action = "Kiểm điểm vụ " + UUID.randomUUID();
    String found = report("bnduty", with(incident("ben-nghe"), "category", "STAFF_VIOLATION"));
    Map<String, Object> task = taskSeenBy("bnduty", found);
    Map<String, Object> resolved = new HashMap<>(Map.of("decision", Map.of("value", "RESOLVED"), "actionTaken",
        Map.of("value", action), "violationFound", Map.of("value", true), "violatorId", Map.of("value", "bnstaff"),
        "otherViolatorIds", Map.of("value", "bnhead"), "handling", Map.of("value", "PHAT_TIEN")));
    ResponseEntity<String> refused = complete("bnduty", task, resolved);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("handling");
    resolved.put("handling", Map.of("value", "CANH_CAO"));
    assertThat(complete("bnduty", task, resolved).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    List<Map<String, Object>> register = as("d1head").getForObject("/api/violations?unitId=ben-nghe", List.class);
    assertThat(register).filteredOn(v -> action.equals(v.get("details")))
        .extracting(v -> v.get("userId") + " " + v.get("handling"))
        .containsExactlyInAnyOrder("bnstaff CANH_CAO", "bnhead CANH_CAO");

    String cleared = report("bnduty", with(incident("ben-nghe"), "category", "STAFF_VIOLATION"));
    String noneFound = "Không vi phạm " + UUID.randomUUID();
    assertThat(complete("bnduty", taskSeenBy("bnduty", cleared), Map.of("decision", Map.of("value", "RESOLVED"),
        "actionTaken", Map.of("value", noneFound), "violationFound", Map.of("value", false))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(cleared).count()).isZero();
    assertThat((List<Map<String, Object>>) as("d1head").getForObject("/api/violations?unitId=ben-nghe",
        List.class)).noneMatch(v -> noneFound.equals(v.get("details")));
  }

  @Test
  void whoMayReport() {
    assertThat(status("d1duty", incident("ben-nghe"))).isEqualTo(HttpStatus.CREATED);
    assertThat(status("haofficer", incident("an-khanh"))).isEqualTo(HttpStatus.CREATED);
    assertThat(status("akhead", incident("an-khanh"))).isEqualTo(HttpStatus.CREATED);
    assertThat(status("bnduty", incident("an-khanh"))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("d1staff", incident("district-1"))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("owner", incident("district-1"))).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badInputIsNamedAndLeavesNothing() {
    assertRefused(with(incident("atlantis"), "unitId", "atlantis"), "unitId");
    assertRefused(with(incident("ben-nghe"), "source", "FACEBOOK"), "source");
    assertRefused(with(incident("ben-nghe"), "category", "THEFT"), "category");
    assertRefused(with(incident("ben-nghe"), "severity", "EXTREME"), "severity");
    Map<String, Object> noSummary = incident("ben-nghe");
    noSummary.remove("summary");
    assertRefused(noSummary, "summary");
  }

  @Test
  void tasklistStartFormIsValidatedTheSameWay() {
    Map<String, Object> variables = Map.of("unitId", Map.of("value", "ben-nghe"), "source", Map.of("value", "PRESS"),
        "category", Map.of("value", "OTHER"), "severity", Map.of("value", "URGENT"), "summary", Map.of("value", "x"));
    ResponseEntity<String> response = as("bnduty").postForEntity(
        "/engine-rest/process-definition/key/incident-escalation/submit-form", json(Map.of("variables", variables)),
        String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("severity");
  }

  private ResponseEntity<String> complete(String user, Map<String, Object> task, Map<String, Object> variables) {
    return as(user).postForEntity("/engine-rest/task/" + task.get("id") + "/complete",
        json(Map.of("variables", variables)), String.class);
  }

  private void assertRefused(Map<String, Object> body, String field) {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count();
    ResponseEntity<String> response = as("bnduty").postForEntity("/api/incidents", json(body), String.class);
    assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("\"error\"").contains(field);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count())
        .isEqualTo(before);
  }

  private HttpStatus status(String user, Map<String, Object> body) {
    return HttpStatus.valueOf(as(user).postForEntity("/api/incidents", json(body), String.class)
        .getStatusCode().value());
  }

  private String report(String user, Map<String, Object> body) {
    @SuppressWarnings("unchecked")
    Map<String, Object> created = as(user).postForObject("/api/incidents", json(body), Map.class);
    return (String) created.get("processInstanceId");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> taskSeenBy(String user, String instanceId) {
    List<Map<String, Object>> list = as(user).getForObject("/engine-rest/task?processInstanceId=" + instanceId
        + "&taskDefinitionKey=handle-incident&maxResults=5", List.class);
    return list.isEmpty() ? null : list.get(0);
  }

  private static Map<String, Object> incident(String unitId) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitId", unitId);
    body.put("source", "PORTAL_1022");
    body.put("category", "OTHER");
    body.put("severity", "HIGH");
    body.put("summary", "Người dân phản ánh cán bộ chậm giải quyết hồ sơ");
    return body;
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    body.put(field, value);
    return body;
  }

}
