package vn.gov.congvu.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.support.ApplicationTest;

/** POST /api/travel-requests and the approval through the engine REST API, as the contract users. */
class TravelRequestApiTest extends ApplicationTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String NEXT_WEEK = LocalDate.now().plusDays(7).toString();
  private static final String WEEK_AFTER = LocalDate.now().plusDays(9).toString();

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void staffFilesARequestThatTheirHeadSees() {
    ResponseEntity<Map> created = as("d1staff").postForEntity("/api/travel-requests", json(request("d1staff")),
        Map.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = (String) created.getBody().get("processInstanceId");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey())
        .isEqualTo(created.getBody().get("reference")).matches("DN-\\d{4}-\\d{6}");
    assertThat(approvalTaskSeenBy("d1head", instanceId)).isNotNull();
    assertThat(approvalTaskSeenBy("bnhead", instanceId)).isNull();
    assertThat(approvalTaskSeenBy("d1staff", instanceId)).isNull();

    // The requester follows it on "Đề nghị của tôi"; nobody else sees it there.
    List<Map<String, Object>> mine = as("d1staff").getForObject("/api/travel-requests/mine", List.class);
    assertThat(mine).anySatisfy(r -> assertThat(r).containsEntry("reference", created.getBody().get("reference"))
        .containsEntry("status", "Chờ thủ trưởng phê duyệt").containsEntry("destination", "Đà Lạt, Lâm Đồng"));
    assertThat(as("bnstaff").getForObject("/api/travel-requests/mine", List.class).stream()
        .map(r -> ((Map<String, Object>) r).get("reference"))).doesNotContain(created.getBody().get("reference"));
  }

  @Test
  void headsRequestGoesToTheChairman() {
    String instanceId = start("d1head", request("d1head"));
    assertThat(approvalTaskSeenBy("chairman", instanceId)).isNotNull();
    assertThat(approvalTaskSeenBy("d1head", instanceId)).isNull();
  }

  @Test
  void rejectionWithoutCommentIsRefusedWith400AndTheTaskStaysOpen() {
    String instanceId = start("bnstaff", request("bnstaff"));
    String taskId = (String) approvalTaskSeenBy("bnhead", instanceId).get("id");

    ResponseEntity<String> refused = as("bnhead").postForEntity("/engine-rest/task/" + taskId + "/complete",
        json(Map.of("variables", Map.of("approved", Map.of("value", false)))), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("decisionComment");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    ResponseEntity<String> done = as("bnhead").postForEntity("/engine-rest/task/" + taskId + "/complete",
        json(Map.of("variables", Map.of("approved", Map.of("value", false), "decisionComment",
            Map.of("value", "Phường đang phong tỏa")))), String.class);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }

  @Test
  void otherUnitsHeadCannotDecide() {
    String instanceId = start("d1staff", request("d1staff"));
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    ResponseEntity<String> response = as("tdhead").postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        json(Map.of("variables", Map.of("approved", Map.of("value", true)))), String.class);
    assertThat(response.getStatusCode().value()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void staffMayOnlyFileForThemselves() {
    assertRefused("d1staff", request("bnstaff"), HttpStatus.FORBIDDEN, "requesterId");
  }

  @Test
  void missingFieldsAreNamed() {
    for (String field : List.of("requesterId", "destination", "departureDate", "returnDate", "reason")) {
      Map<String, Object> body = request("d1staff");
      body.remove(field);
      assertRefused("d1staff", body, HttpStatus.BAD_REQUEST, field);
    }
  }

  @Test
  void badValuesAreNamed() {
    assertRefused("admin", with(request("d1staff"), "requesterId", "ghost"), HttpStatus.BAD_REQUEST, "requesterId");
    assertRefused("d1staff", with(request("d1staff"), "departureDate", "05/12/2026"), HttpStatus.BAD_REQUEST,
        "departureDate");
    // Relative to the request's own departure: a run across midnight must not move one date and not the other.
    String dayBefore = LocalDate.parse(NEXT_WEEK).minusDays(1).toString();
    assertRefused("d1staff", with(request("d1staff"), "returnDate", dayBefore),
        HttpStatus.BAD_REQUEST, "returnDate");
    assertRefused("d1staff", with(with(request("d1staff"), "departureDate", "2021-05-25"), "returnDate",
        "2021-05-26"), HttpStatus.BAD_REQUEST, "departureDate");
  }

  @Test
  void aRequestFiledOnItsDepartureDayReachesTheHead() {
    String instanceId = start("d1staff", with(with(request("d1staff"), "departureDate", today()), "returnDate",
        today()));
    assertThat(approvalTaskSeenBy("d1head", instanceId)).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
  }

  @Test
  void aDepartureTimeIsHhMmAndNotAlreadyPastToday() {
    assertRefused("d1staff", with(with(request("d1staff"), "departureDate", today()), "departureTime", "00:00"),
        HttpStatus.BAD_REQUEST, "departureTime");
    assertRefused("d1staff", with(request("d1staff"), "departureTime", "7h30"), HttpStatus.BAD_REQUEST,
        "departureTime");
    String instanceId = start("d1staff", with(request("d1staff"), "departureTime", "07:30"));
    assertThat(runtime.getVariable(instanceId, "departureTime")).isEqualTo("07:30");
  }

  @Test
  void theRequesterReportsTheReturnAndConfirmsTheDeclarationWithItsTime() {
    String instanceId = start("d1staff", with(with(request("d1staff"), "departureDate", today()), "returnDate",
        today()));
    String approval = (String) approvalTaskSeenBy("d1head", instanceId).get("id");
    assertThat(complete("d1head", approval, Map.of("approved", true)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    management.executeJob(management.createJobQuery().processInstanceId(instanceId).activityId("timer-departure-day")
        .singleResult().getId());

    OffsetDateTime now = OffsetDateTime.now(VN).truncatedTo(ChronoUnit.MINUTES);
    String report = ownTask("d1staff", instanceId, "report-return");
    assertThat(complete("d1staff", report, Map.of("returnedAt", now.minusDays(2).toString(), "visitedOutbreakArea",
        false, "symptoms", false)).getBody()).contains("returnedAt");
    assertThat(complete("d1staff", report, Map.of("returnedAt", now.toString(), "visitedOutbreakArea", false,
        "symptoms", false)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String declaration = ownTask("d1staff", instanceId, "confirm-health-declaration");
    ResponseEntity<String> future = complete("d1staff", declaration, Map.of("declarationRef", "TKYT-9",
        "declaredAt", now.plusDays(1).toString()));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody()).contains("declaredAt");
    assertThat(complete("d1staff", declaration, Map.of("declarationRef", "TKYT-9", "declaredAt", now.toString()))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM violation WHERE process_instance_id = ?", Integer.class,
        instanceId)).isZero();
  }

  @Test
  void anonymousIsRefused() {
    assertThat(rest.postForEntity("/api/travel-requests", json(request("d1staff")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void tasklistStartFormIsValidatedTheSameWay() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(TravelProcess.KEY).count();
    Map<String, Object> variables = Map.of("destination", Map.of("value", "Huế"), "departureDate",
        Map.of("value", WEEK_AFTER), "returnDate", Map.of("value", NEXT_WEEK), "reason", Map.of("value", "Họp"));
    ResponseEntity<String> response = as("d1staff").postForEntity(
        "/engine-rest/process-definition/key/travel-approval/submit-form", json(Map.of("variables", variables)),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("returnDate");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TravelProcess.KEY).count())
        .isEqualTo(before);
  }

  private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", json(Map.of("variables", variables)),
        String.class);
  }

  @SuppressWarnings("unchecked")
  private String ownTask(String user, String instanceId, String taskKey) {
    List<Map<String, Object>> list = as(user).getForObject("/engine-rest/task?processInstanceId=" + instanceId
        + "&taskDefinitionKey=" + taskKey + "&assignee=" + user + "&maxResults=5", List.class);
    assertThat(list).as(taskKey).hasSize(1);
    return (String) list.get(0).get("id");
  }

  private static String today() {
    return LocalDate.now(VN).toString();
  }

  private void assertRefused(String user, Map<String, Object> body, HttpStatus status, String field) {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(TravelProcess.KEY).count();
    ResponseEntity<String> response = as(user).postForEntity("/api/travel-requests", json(body), String.class);
    assertThat(response.getStatusCode()).as(field).isEqualTo(status);
    assertThat(response.getBody()).contains("\"error\"").contains(field);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TravelProcess.KEY).count())
        .isEqualTo(before);
  }

  private String start(String user, Map<String, Object> body) {
    @SuppressWarnings("unchecked")
    Map<String, Object> created = as(user).postForObject("/api/travel-requests", json(body), Map.class);
    return (String) created.get("processInstanceId");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> approvalTaskSeenBy(String user, String instanceId) {
    List<Map<String, Object>> list = as(user).getForObject(
        "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=approve-travel&maxResults=5",
        List.class);
    return list.isEmpty() ? null : list.get(0);
  }

  private static Map<String, Object> request(String requester) {
    Map<String, Object> body = new HashMap<>();
    body.put("requesterId", requester);
    body.put("destination", "Đà Lạt, Lâm Đồng");
    body.put("departureDate", NEXT_WEEK);
    body.put("returnDate", WEEK_AFTER);
    body.put("reason", "Thăm gia đình");
    return body;
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    body.put(field, value);
    return body;
  }

}
