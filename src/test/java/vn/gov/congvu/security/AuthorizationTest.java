package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.camunda.bpm.model.bpmn.Bpmn;

import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.reporting.MonthlyReportingProcess;
import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.ProbeProcesses;
import vn.gov.congvu.travel.TravelProcess;

/** Every authorization rule of the foundation, exercised through the engine REST API as the real users. */
class AuthorizationTest extends ApplicationTest {

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  @BeforeEach
  void deployProbes() {
    ProbeProcesses.deployMissing(repository);
  }

  @Test
  void staffMayStartTravelButNotTheOtherProcesses() {
    assertThat(start("d1staff", TravelProcess.KEY)).isEqualTo(HttpStatus.OK);
    assertThat(start("d1staff", IncidentProcess.KEY)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(start("d1staff", MonthlyReportingProcess.KEY)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void dutyOfficersHeadsAndHomeAffairsMayStartIncidentEscalation() {
    assertThat(start("bnduty", IncidentProcess.KEY)).isEqualTo(HttpStatus.OK);
    assertThat(start("bnhead", IncidentProcess.KEY)).isEqualTo(HttpStatus.OK);
    assertThat(start("haofficer", IncidentProcess.KEY)).isEqualTo(HttpStatus.OK);
    assertThat(start("owner", IncidentProcess.KEY)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void homeAffairsMayStartMonthlyReporting() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2033-07-15T03:00:00Z"))); // periods up to the current month
    try {
      assertThat(openPeriod("haofficer", "2033-05")).isEqualTo(HttpStatus.CREATED);
      assertThat(openPeriod("hahead", "2033-06")).isEqualTo(HttpStatus.CREATED);
      assertThat(openPeriod("d1head", "2033-07")).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2033-07").count()).isZero();
    } finally {
      ClockUtil.reset();
    }
  }

  /** The monthly cycle starts by timer or by message (the API), not from Tasklist's start list. */
  private HttpStatus openPeriod(String user, String period) {
    return status(as(user).postForEntity("/api/monthly-reports", json(Map.of("period", period)), String.class));
  }

  @Test
  void unitTaskIsSeenAndWorkedOnlyByThatUnitsRole() {
    String taskId = newProbeTask();

    assertThat(taskIdsSeenBy("d1head")).contains(taskId);
    assertThat(taskIdsSeenBy("bnhead")).doesNotContain(taskId);
    assertThat(taskIdsSeenBy("d1staff")).doesNotContain(taskId);
    assertThat(complete("bnhead", taskId)).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(complete("d1staff", taskId)).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    assertThat(complete("d1head", taskId)).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  void otherUnitCannotClaimATask() {
    String taskId = newProbeTask();
    ResponseEntity<String> claim = as("tdhead").postForEntity("/engine-rest/task/" + taskId + "/claim",
        json(Map.of("userId", "tdhead")), String.class);
    assertThat(claim.getStatusCode().value()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  /** Tasklist's "Lịch sử" tab reads the task's operation log: the people of the task, nobody else. */
  @Test
  void aTasksOwnHistoryIsReadByItsCandidatesAndNotByOtherUnits() {
    String taskId = newProbeTask();
    assertThat(as("d1head").postForEntity("/engine-rest/task/" + taskId + "/claim",
        json(Map.of("userId", "d1head")), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String log = "/engine-rest/history/user-operation?taskId=" + taskId + "&maxResults=50";
    assertThat(as("d1head").getForObject(log, String.class)).contains("\"operationType\":\"Claim\"");
    assertThat(as("bnhead").getForObject(log, String.class)).isEqualTo("[]");
    assertThat(as("d1staff").getForObject(log, String.class)).isEqualTo("[]");
  }

  @Test
  void processOwnerReadsEveryDefinitionInstanceAndHistoryButWorksNoTask() {
    String taskId = newProbeTask();
    String instanceId = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();

    assertThat(keysSeenBy("owner")).contains(TravelProcess.KEY, IncidentProcess.KEY, MonthlyReportingProcess.KEY);
    assertThat(as("owner").getForObject("/engine-rest/process-instance?maxResults=500", String.class))
        .contains(instanceId);
    assertThat(as("owner").getForObject("/engine-rest/history/process-instance?maxResults=500", String.class))
        .contains(instanceId);
    assertThat(taskIdsSeenBy("owner")).contains(taskId);
    assertThat(complete("owner", taskId)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void staffSeeOnlyTheDefinitionsTheyMayStart() {
    assertThat(keysSeenBy("d1staff")).containsExactly(TravelProcess.KEY);
  }

  @Test
  void onlyTheAdministratorDeploys() {
    assertThat(deploy("owner")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("d1head")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("admin")).isEqualTo(HttpStatus.OK);
    repository.createDeploymentQuery().deploymentName("authorization-probe").list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  private String newProbeTask() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(ProbeProcesses.TASK_PROBE);
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  /** Starting without READ on a definition is answered 404 (the engine hides it) or 403; either way nothing starts. */
  private HttpStatus start(String user, String key) {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
    Map<String, Object> body = key.equals(TravelProcess.KEY) ? Map.of("variables", travelRequestOf(user))
        : key.equals(IncidentProcess.KEY) ? Map.of("variables", incidentOf(user)) : Map.of();
    HttpStatus status = status(as(user).postForEntity("/engine-rest/process-definition/key/" + key + "/start",
        json(body), String.class));
    long after = runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
    assertThat(after).isEqualTo(status == HttpStatus.OK ? before + 1 : before);
    return status == HttpStatus.NOT_FOUND ? HttpStatus.FORBIDDEN : status;
  }

  /** A valid request as Tasklist's start form sends it: the requester is the logged-in user. */
  private static Map<String, Object> travelRequestOf(String user) {
    String departure = java.time.LocalDate.now().plusDays(7).toString();
    return Map.of("destination", Map.of("value", "Đà Lạt"), "departureDate", Map.of("value", departure),
        "returnDate", Map.of("value", departure), "reason", Map.of("value", "Thăm gia đình"));
  }

  /** A case for the user's own unit (ben-nghe for anyone outside a ward, which Home Affairs may report for). */
  private static Map<String, Object> incidentOf(String user) {
    return Map.of("unitId", Map.of("value", "ben-nghe"), "source", Map.of("value", "PORTAL_1022"),
        "category", Map.of("value", "OTHER"), "severity", Map.of("value", "LOW"),
        "summary", Map.of("value", "Phản ánh qua Cổng 1022"));
  }

  private HttpStatus complete(String user, String taskId) {
    ResponseEntity<String> r =
        as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", json(Map.of()), String.class);
    return status(r);
  }

  @SuppressWarnings("unchecked")
  private List<String> taskIdsSeenBy(String user) {
    List<Map<String, Object>> list = as(user).getForObject("/engine-rest/task?maxResults=500", List.class);
    return list.stream().map(t -> (String) t.get("id")).toList();
  }

  @SuppressWarnings("unchecked")
  private List<String> keysSeenBy(String user) {
    List<Map<String, Object>> list =
        as(user).getForObject("/engine-rest/process-definition?latestVersion=true&maxResults=500", List.class);
    return list.stream().map(d -> (String) d.get("key")).distinct().toList();
  }

  private HttpStatus deploy(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "authorization-probe");
    byte[] bpmn = Bpmn.convertToString(ProbeProcesses.probe("authorization-probe")).getBytes();
    form.add("data", new ByteArrayResource(bpmn) {
      @Override
      public String getFilename() {
        return "authorization-probe.bpmn";
      }
    });
    return status(as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers),
        String.class));
  }


  private static HttpStatus status(ResponseEntity<?> response) {
    return HttpStatus.valueOf(response.getStatusCode().value());
  }
}
