package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/**
 * What the incident forms read (GET /api/incidents/choices, GET /api/incidents/tasks/{id}) and how a violator given
 * by name instead of a directory user is refused, as a client and on Tasklist's path.
 */
class IncidentFormsApiTest extends ApplicationTest {

  @Autowired
  TaskService tasks;

  @Test
  @SuppressWarnings("unchecked")
  void theStartFormOffersTheUnitsTheReporterMayFileForWithTheirOwnChosen() {
    Map<String, Object> duty = as("bnduty").getForObject("/api/incidents/choices", Map.class);
    assertThat(duty.get("unitId")).isEqualTo("ben-nghe");
    assertThat((List<Map<String, String>>) duty.get("units")).extracting(u -> u.get("value") + "=" + u.get("label"))
        .containsExactly("ben-nghe=Ủy ban nhân dân Phường Bến Nghé");
    assertThat((List<Map<String, String>>) duty.get("severities"))
        .extracting(s -> s.get("value") + "=" + s.get("label"))
        .containsExactly("LOW=Thấp", "HIGH=Cao", "CRITICAL=Nghiêm trọng");
    assertThat((List<Map<String, String>>) duty.get("sources")).extracting(s -> s.get("value"))
        .containsExactly("PORTAL_1022", "PRESS", "CITIZEN_LETTER", "AUTHORITY_DIRECTIVE", "INTERNAL");
    assertThat((List<Map<String, String>>) duty.get("categories")).extracting(s -> s.get("label"))
        .containsExactly("Cán bộ vi phạm", "Ca nhiễm COVID-19", "Khác");

    Map<String, Object> districtHead = as("d1head").getForObject("/api/incidents/choices", Map.class);
    assertThat(districtHead.get("unitId")).isEqualTo("district-1");
    assertThat((List<Map<String, String>>) districtHead.get("units")).extracting(u -> u.get("value"))
        .containsExactlyInAnyOrder("district-1", "ben-nghe");
    assertThat((List<Map<String, String>>) as("haofficer").getForObject("/api/incidents/choices", Map.class)
        .get("units")).extracting(u -> u.get("value")).contains("an-khanh", "ben-nghe", "city-committee");
    Map<String, Object> staff = as("bnstaff").getForObject("/api/incidents/choices", Map.class);
    assertThat((List<?>) staff.get("units")).isEmpty();
    assertThat(staff.get("unitId")).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theHandlingFormReadsTheCaseInVietnameseWithTheHistoryByName() {
    Task task = staffViolationTask();

    ResponseEntity<Map> seen = as("bnduty").getForEntity("/api/incidents/tasks/" + task.getId(), Map.class);

    assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> view = seen.getBody();
    assertThat(view).containsEntry("unitId", "ben-nghe").containsEntry("unitName", "Ủy ban nhân dân Phường Bến Nghé")
        .containsEntry("levelLabel", "Cán bộ trực của đơn vị").containsEntry("severityLabel", "Cao")
        .containsEntry("categoryLabel", "Cán bộ vi phạm").containsEntry("sourceLabel", "Đơn thư của người dân")
        .containsEntry("category", "STAFF_VIOLATION");
    assertThat((String) view.get("reference")).startsWith("SV-");
    List<Map<String, String>> history = (List<Map<String, String>>) view.get("history");
    assertThat(history).hasSize(1);
    assertThat(history.get(0)).containsEntry("person", "Đặng Thị Ngọc")
        .containsEntry("level", "Cán bộ trực của đơn vị")
        .containsEntry("action", "Tiếp nhận từ Đơn thư của người dân: Cán bộ một cửa gây khó dễ");
    assertThat(history.get(0).get("at")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat((List<Map<String, String>>) view.get("handlings")).extracting(h -> h.get("label"))
        .contains("Khiển trách", "Chờ cấp có thẩm quyền xem xét, quyết định");
  }

  @Test
  void aTaskOfAnotherUnitOrNoIncidentTaskIsNotFound() {
    Task task = staffViolationTask();
    ResponseEntity<String> otherUnit = as("akhead").getForEntity("/api/incidents/tasks/" + task.getId(), String.class);
    assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(otherUnit.getBody()).contains("\"error\"").doesNotContain("ben-nghe", "Bến Nghé");
    assertThat(as("bnduty").getForEntity("/api/incidents/tasks/nope", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aViolatorGivenByNameIsRefusedAtTheFieldInVietnameseOnEveryPath() {
    Task task = staffViolationTask();
    Map<String, Object> byName = variables("decision", "RESOLVED", "actionTaken", "Khiển trách", "violationFound", true,
        "violatorId", "Bùi Quốc Huy", "handling", "KHIEN_TRACH");

    ResponseEntity<String> byRest = as("bnduty").postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        json(byName), String.class);
    WebappSession tasklist = new WebappSession(rest);
    assertThat(tasklist.login("bnduty", DEMO_PASSWORD, "tasklist")).isEqualTo(200);
    tasklist.get("/camunda/api/engine/engine/default/task/count");
    ResponseEntity<String> viaTasklist = tasklist.post("/camunda/api/engine/engine/default/task/" + task.getId()
        + "/submit-form", byName);

    for (ResponseEntity<String> refused : List.of(byRest, viaTasklist)) {
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("\"field\":\"violatorId\"", "Không có cán bộ \\\"Bùi Quốc Huy\\\"")
          .doesNotContain("ENGINE-", "Exception:", "TaskListener", "org.camunda", "java.");
    }
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    Map<String, Object> otherByName = variables("decision", "RESOLVED", "actionTaken", "Khiển trách",
        "violationFound", true, "violatorId", "bnstaff", "otherViolatorIds", "bnduty, Hoàng Văn Bình");
    ResponseEntity<String> other = tasklist.post("/camunda/api/engine/engine/default/task/" + task.getId()
        + "/submit-form", otherByName);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(other.getBody()).contains("\"field\":\"otherViolatorIds\"").doesNotContain("ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  private Task staffViolationTask() {
    @SuppressWarnings("unchecked")
    Map<String, Object> started = as("bnduty").postForObject("/api/incidents", json(Map.of("unitId", "ben-nghe",
        "source", "CITIZEN_LETTER", "category", "STAFF_VIOLATION", "severity", "HIGH", "summary",
        "Cán bộ một cửa gây khó dễ")), Map.class);
    return tasks.createTaskQuery().processInstanceId((String) started.get("processInstanceId"))
        .taskDefinitionKey(IncidentProcess.TASK_HANDLE).singleResult();
  }

  private static Map<String, Object> variables(Object... nameValue) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      variables.put((String) nameValue[i], Map.of("value", nameValue[i + 1]));
    }
    return Map.of("variables", variables);
  }
}
