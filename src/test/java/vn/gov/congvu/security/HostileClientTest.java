package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
import vn.gov.congvu.support.WebappSession;
import vn.gov.congvu.web.InputRejected;

/**
 * Issue 14, written as the attacker's requests with demo accounts: each is refused and nothing changes (variables,
 * history, assignments, instance counts). Refusals are plain Vietnamese with their own status on every path.
 */
class HostileClientTest extends ApplicationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  org.camunda.bpm.engine.RepositoryService repository;

  @AfterEach
  void noOneLoggedInToTheEngine() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  // Finding 1: completing a task rewrites routing and record variables.

  @Test
  void aCompletionCannotRewriteRoutingOrRecordVariables() {
    String incident = incident("bnduty", "ben-nghe");
    Task task = tasks.createTaskQuery().processInstanceId(incident).singleResult();
    Map<String, Object> before = runtime.getVariables(incident);

    ResponseEntity<String> forged = as("bnduty").postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        json(variables("decision", "ESCALATE", "actionTaken", "Chuyển", "unitId", "an-khanh", "levelIndex", 0,
            "escalations", -5, "incidentHistory", "FORGED")), String.class);

    assertPlainRefusal(forged, HttpStatus.BAD_REQUEST, "unitId", "levelIndex", "escalations", "incidentHistory");
    assertThat(runtime.getVariables(incident)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void theSameRuleHoldsOnTasklistsPathAndTheJavaApi() {
    String incident = incident("bnduty", "ben-nghe");
    Task task = tasks.createTaskQuery().processInstanceId(incident).singleResult();
    WebappSession tasklist = new WebappSession(rest);
    assertThat(tasklist.login("bnduty", DEMO_PASSWORD, "tasklist")).isEqualTo(200);
    tasklist.get("/camunda/api/engine/engine/default/task/count");
    ResponseEntity<String> viaTasklist = tasklist.post("/camunda/api/engine/engine/default/task/" + task.getId()
        + "/submit-form", variables("decision", "RESOLVED", "actionTaken", "Xong", "candidateGroup", "heads-an-khanh"));
    assertPlainRefusal(viaTasklist, HttpStatus.BAD_REQUEST, "candidateGroup");

    identity.setAuthentication("bnduty", List.of("duty-ben-nghe", "staff", "duty-officers", "members-ben-nghe"));
    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("decision", "RESOLVED", "actionTaken", "Xong",
        "levelIndex", 3))).isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.field()).isEqualTo("levelIndex"));
    identity.clearAuthentication();
    assertThat(runtime.getVariable(incident, "levelIndex")).isEqualTo(0);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void taskVariablesCannotBeSetBesideACompletionEither() {
    String incident = incident("bnduty", "ben-nghe");
    Task task = tasks.createTaskQuery().processInstanceId(incident).singleResult();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> local = as("bnduty").exchange("/engine-rest/task/" + task.getId()
        + "/localVariables/unitId", HttpMethod.PUT, new HttpEntity<>(Map.of("value", "an-khanh"), headers),
        String.class);
    ResponseEntity<String> process = as("bnduty").postForEntity("/engine-rest/task/" + task.getId() + "/variables",
        json(Map.of("modifications", Map.of("candidateGroup", Map.of("value", "heads-an-khanh")))), String.class);
    // Camunda's own grant (TASK_WORK) does not let a candidate set variables at all; an administrator, who may,
    // is held to the task's list like anyone else.
    assertThat(local.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(process.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> byAdmin = as("admin").postForEntity("/engine-rest/task/" + task.getId() + "/variables",
        json(Map.of("modifications", Map.of("candidateGroup", Map.of("value", "heads-an-khanh")))), String.class);
    assertPlainRefusal(byAdmin, HttpStatus.BAD_REQUEST, "candidateGroup");
    assertThat(tasks.getVariable(task.getId(), "unitId")).isEqualTo("ben-nghe");
    assertThat(tasks.getVariable(task.getId(), "candidateGroup")).isEqualTo("duty-ben-nghe");
  }

  @Test
  void aHeadCannotFileAnotherUnitsMonthlyReport() {
    // A period opens up to the current month: the test lives in May 2031.
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2031-05-20 09:00:00"));
    String cycle = runtime.startProcessInstanceByMessage("monthly-report-requested", "2031-05",
        Map.of("period", "2031-05")).getId();
    Task benNghe = tasks.createTaskQuery().processInstanceBusinessKey("2031-05") // in its district's report
        .taskDefinitionKey("submit-unit-report").taskCandidateGroup("heads-ben-nghe").singleResult();
    ResponseEntity<String> forged = as("bnhead").postForEntity("/engine-rest/task/" + benNghe.getId() + "/complete",
        json(variables("staffInfected", 0, "violationsHandled", 0, "safetyCriteriaReviewed", true,
            "officeAttendanceRatio", 0.3, "summary", "Ổn định", "reportUnitId", "an-khanh", "period", "1900-01")),
        String.class);
    assertPlainRefusal(forged, HttpStatus.BAD_REQUEST, "reportUnitId", "period");
    assertThat(jdbc.queryForObject("SELECT status FROM monthly_unit_report WHERE period = '2031-05' AND unit_id = "
        + "'an-khanh'", String.class)).isEqualTo("PENDING");
    runtime.deleteProcessInstance(cycle, "test");
  }

  @Test
  void aStartCannotCarryTheApplicationsVariables() {
    long before = runtime.createProcessInstanceQuery().count();
    ResponseEntity<String> forged = as("d1staff").postForEntity(
        "/engine-rest/process-definition/key/travel-approval/start", json(variables("requesterId", "d1staff",
            "destination", "Huế", "departureDate", future(3), "returnDate", future(4), "reason", "Việc riêng",
            "approverGroup", "heads-an-khanh")), String.class);
    assertPlainRefusal(forged, HttpStatus.BAD_REQUEST, "approverGroup");
    ResponseEntity<String> skipping = as("d1staff").postForEntity(
        "/engine-rest/process-definition/key/travel-approval/start", json(Map.of("variables", Map.of(),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "timer-return-date")))),
        String.class);
    assertThat(skipping.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  /** Tasklist's forms send back the fields they only show: unchanged they pass, changed they are refused. */
  @Test
  void aFormMaySendBackWhatItShowsButNotChangeIt() {
    String trip = travel("d1staff");
    Task approval = tasks.createTaskQuery().processInstanceId(trip).singleResult();
    Object destination = runtime.getVariable(trip, "destination");
    tasks.claim(approval.getId(), "d1head");

    ResponseEntity<String> changed = as("d1head").postForEntity("/engine-rest/task/" + approval.getId()
        + "/submit-form", json(variables("approved", true, "destination", "Hà Nội")), String.class);
    assertPlainRefusal(changed, HttpStatus.BAD_REQUEST, "destination");
    assertThat(runtime.getVariable(trip, "destination")).isEqualTo(destination);

    ResponseEntity<String> echoed = as("d1head").postForEntity("/engine-rest/task/" + approval.getId()
        + "/submit-form", json(variables("approved", true, "destination", destination)), String.class);
    assertThat(echoed.getStatusCode()).as(echoed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(trip, "approved")).isEqualTo(true);
  }

  // Finding 4: a huge body ran the heap out.

  @Test
  void aBodyPastOneMebibyteIsRefusedUnread() {
    long before = runtime.createProcessInstanceQuery().count();
    String huge = "{\"variables\":{\"reason\":{\"value\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}}";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> refused = as("d1staff").exchange("/engine-rest/process-definition/key/travel-approval/start",
        HttpMethod.POST, new HttpEntity<>(huge, headers), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getBody()).contains("1 MiB");
    assertNoEngineText(refused.getBody());
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  // Finding 2: a candidate claims for someone else, who then approves their own trip.

  @Test
  void noOneClaimsForSomeoneElseAndNoOneApprovesTheirOwnTrip() {
    String trip = travel("d1staff");
    Task approval = tasks.createTaskQuery().processInstanceId(trip).singleResult();
    ResponseEntity<String> forOther = as("d1head").postForEntity("/engine-rest/task/" + approval.getId() + "/claim",
        json(Map.of("userId", "d1staff")), String.class);
    assertPlainRefusal(forOther, HttpStatus.FORBIDDEN, "userId");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();

    ResponseEntity<String> toOutsider = as("admin").postForEntity("/engine-rest/task/" + approval.getId()
        + "/assignee", json(Map.of("userId", "akhead")), String.class);
    assertPlainRefusal(toOutsider, HttpStatus.BAD_REQUEST, "userId");
    ResponseEntity<String> toRequester = as("admin").postForEntity("/engine-rest/task/" + approval.getId()
        + "/assignee", json(Map.of("userId", "d1staff")), String.class);
    assertPlainRefusal(toRequester, HttpStatus.FORBIDDEN, "userId");

    tasks.setAssignee(approval.getId(), "d1staff"); // however it happened (the application itself)
    ResponseEntity<String> selfApproval = as("d1staff").postForEntity("/engine-rest/task/" + approval.getId()
        + "/complete", json(variables("approved", true)), String.class);
    assertThat(selfApproval.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(runtime.getVariable(trip, "approved")).isNull();

    tasks.setAssignee(approval.getId(), null);
    ResponseEntity<String> ownClaim = as("d1head").postForEntity("/engine-rest/task/" + approval.getId() + "/claim",
        json(Map.of("userId", "d1head")), String.class);
    assertThat(ownClaim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  // Finding 5: a trailing "/", a ";x=1" or a "%3A"-encoded id went round the checks, and the engine answered 500.

  @Test
  void pathVariantsGetThePlainRefusalToo() {
    Map<String, Object> badDates = variables("requesterId", "d1staff", "destination", "Huế", "departureDate",
        future(4), "returnDate", future(3), "reason", "Việc riêng");
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("travel-approval")
        .latestVersion().singleResult().getId();
    for (String path : List.of("/engine-rest/process-definition/key/travel-approval/start/",
        "/engine-rest/process-definition/key/travel-approval;x=1/start",
        "/engine-rest/process-definition/" + definitionId.replace(":", "%3A") + "/start",
        "/engine-rest/process-definition/" + definitionId.replace(":", "%3A") + "/submit-form")) {
      ResponseEntity<String> refused = as("d1staff").postForEntity(java.net.URI.create(rest.getRootUri() + path),
          json(badDates), String.class);
      assertThat(refused.getStatusCode().value()).as(path).isNotEqualTo(500);
      if (refused.getStatusCode().is4xxClientError() && refused.getStatusCode() != HttpStatus.NOT_FOUND) {
        assertPlainRefusal(refused, HttpStatus.BAD_REQUEST, "returnDate");
      }
    }
  }

  // Finding 6: two simultaneous completions of one task gave one 204 and one 500 showing SQL.

  @Test
  void theLoserOfTwoSimultaneousCompletionsGetsAPlainConflict() throws Exception {
    ExecutorService twoClicks = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        String incident = incident("bnduty", "ben-nghe");
        String taskId = tasks.createTaskQuery().processInstanceId(incident).singleResult().getId();
        Callable<ResponseEntity<String>> click = () -> as("bnduty").postForEntity("/engine-rest/task/" + taskId
            + "/complete", json(variables("decision", "RESOLVED", "actionTaken", "Xong")), String.class);
        List<Future<ResponseEntity<String>>> both = twoClicks.invokeAll(List.of(click, click));
        List<Integer> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : both) {
          ResponseEntity<String> response = answer.get();
          statuses.add(response.getStatusCode().value());
          assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(204, 404, 409);
          assertNoEngineText(response.getBody());
        }
        assertThat(statuses).containsOnlyOnce(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_decision WHERE task_id = ?", Integer.class,
            taskId)).isEqualTo(1);
      }
    } finally {
      twoClicks.shutdownNow();
    }
  }

  // Finding 8: input bounds.

  @Test
  void datesDestinationsAndTextStayWithinSensibleBounds() {
    assertRefusedTravel(Map.of("departureDate", "+10000-01-01", "returnDate", "+10000-01-02"), "departureDate");
    assertRefusedTravel(Map.of("departureDate", future(2), "returnDate", future(200)), "returnDate");
    assertRefusedTravel(Map.of("destination", "12345"), "destination");
    assertRefusedTravel(Map.of("destination", true), "destination");
    assertRefusedTravel(Map.of("destination", 12345), "destination");
    assertRefusedTravel(Map.of("reason", "Việc\u0000riêng"), "reason");
    ResponseEntity<String> nulInSummary = as("bnduty").postForEntity("/api/incidents", json(Map.of("unitId",
        "ben-nghe", "source", "INTERNAL", "category", "OTHER", "severity", "LOW", "summary", "a\u0000b")),
        String.class);
    assertThat(nulInSummary.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nulInSummary.getBody()).contains("summary");
  }

  // Finding 10: reference numbers repeated.

  @Test
  void everyCaseGetsItsOwnReadableReference() {
    ResponseEntity<Map> first = as("d1staff").postForEntity("/api/travel-requests", json(travelRequest(Map.of())),
        Map.class);
    ResponseEntity<Map> second = as("d1staff").postForEntity("/api/travel-requests", json(travelRequest(Map.of())),
        Map.class);
    ResponseEntity<Map> incident = as("bnduty").postForEntity("/api/incidents", json(Map.of("unitId", "ben-nghe",
        "source", "INTERNAL", "category", "OTHER", "severity", "LOW", "summary", "Số hồ sơ")), Map.class);
    String year = String.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
    assertThat((String) first.getBody().get("reference")).matches("DN-" + year + "-\\d{6}");
    assertThat((String) second.getBody().get("reference")).matches("DN-" + year + "-\\d{6}")
        .isNotEqualTo(first.getBody().get("reference"));
    assertThat((String) incident.getBody().get("reference")).matches("SV-" + year + "-\\d{6}");
    String instance = (String) first.getBody().get("processInstanceId");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo(first.getBody().get("reference"));
    assertThat(runtime.getVariable(instance, "reference")).isEqualTo(first.getBody().get("reference"));
  }

  @Test
  void aBusinessKeySentByTheClientIsNotTheReference() {
    ResponseEntity<Map> started = as("d1staff").postForEntity(
        "/engine-rest/process-definition/key/travel-approval/start", json(Map.of("businessKey", "DN-1999-999999",
            "variables", variables(travelRequest(Map.of())).get("variables"))), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String stored = runtime.createProcessInstanceQuery().processInstanceId((String) started.getBody().get("id"))
        .singleResult().getBusinessKey();
    assertThat(stored).isNotEqualTo("DN-1999-999999").matches("DN-\\d{4}-\\d{6}");
    assertThat(started.getBody().get("businessKey")).isEqualTo(stored);
  }

  private void assertRefusedTravel(Map<String, Object> overrides, String field) {
    ResponseEntity<String> refused = as("d1staff").postForEntity("/api/travel-requests",
        json(travelRequest(overrides)), String.class);
    assertThat(refused.getStatusCode()).as(overrides.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).as(overrides.toString()).contains(field);
  }

  private static Map<String, Object> travelRequest(Map<String, Object> overrides) {
    Map<String, Object> request = new java.util.HashMap<>(Map.of("requesterId", "d1staff", "destination", "Huế",
        "departureDate", future(3), "returnDate", future(4), "reason", "Việc riêng"));
    request.putAll(overrides);
    return request;
  }

  /** The refusal's status, naming one of the fields at fault, with no engine or SQL text. */
  private static void assertPlainRefusal(ResponseEntity<String> response, HttpStatus status, String... fields) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(fields).as(response.getBody()).anyMatch(field -> response.getBody().contains(field));
    assertNoEngineText(response.getBody());
  }

  static void assertNoEngineText(String body) {
    if (body != null) {
      assertThat(body).doesNotContain("ENGINE-", "Exception:", "Cannot complete", "Cannot instantiate",
          "Cannot submit", "INSERT INTO", "SELECT ", "audit_decision", "org.camunda", "java.");
    }
  }

  private String incident(String reporter, String unitId) {
    ResponseEntity<Map> started = as(reporter).postForEntity("/api/incidents", json(Map.of("unitId", unitId,
        "source", "INTERNAL", "category", "OTHER", "severity", "LOW", "summary", "Tình huống thử")), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) started.getBody().get("processInstanceId");
  }

  private String travel(String requester) {
    ResponseEntity<Map> started = as(requester).postForEntity("/api/travel-requests", json(travelRequest(Map.of())),
        Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) started.getBody().get("processInstanceId");
  }

  private static String future(int days) {
    return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(days).toString();
  }

  /** The engine REST API's variables: name, value, name, value, ... */
  private static Map<String, Object> variables(Object... nameValue) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      variables.put((String) nameValue[i], Map.of("value", nameValue[i + 1]));
    }
    return Map.of("variables", variables);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Map<String, Object> plain) {
    List<Object> pairs = new ArrayList<>();
    plain.forEach((k, v) -> {
      pairs.add(k);
      pairs.add(v);
    });
    return variables(pairs.toArray());
  }
}
