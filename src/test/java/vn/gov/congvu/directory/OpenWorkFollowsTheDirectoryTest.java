package vn.gov.congvu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import vn.gov.congvu.incident.IncidentProcess;

/**
 * Open work after a directory change: a task claimed by a head who left goes back to the unit's heads; an incident
 * waiting at a level that lost its last member goes up at once; one escalated later still finds the next level.
 */
class OpenWorkFollowsTheDirectoryTest extends DirectoryChangingTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  private final List<String> instances = new ArrayList<>();

  /** Runs before the directory is restored (a subclass's after-each comes first). */
  @AfterEach
  void deleteInstances() {
    instances.forEach(id -> runtime.deleteProcessInstance(id, "test over"));
  }

  @Test
  void aTaskClaimedByAHeadWhoLeftGoesBackToTheUnitsHeads() {
    String next = LocalDate.now().plusDays(7).toString();
    Map<?, ?> created = as("d1staff").postForObject("/api/travel-requests", json(Map.of("requesterId", "d1staff",
        "destination", "Đà Lạt", "departureDate", next, "returnDate", next, "reason", "Việc gia đình")), Map.class);
    String instanceId = (String) created.get("processInstanceId");
    instances.add(instanceId);
    Task approval = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    tasks.claim(approval.getId(), "d1head");

    assertThat(as("hahead").exchange("/api/directory/staff/d1head", HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    Task after = tasks.createTaskQuery().taskId(approval.getId()).singleResult();
    assertThat(after.getAssignee()).isNull();
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).taskCandidateGroup("heads-district-1").count())
        .isOne();
    // The new head finds it among the unit's tasks as soon as they are appointed.
    as("hahead").exchange("/api/directory/units/district-1/head", HttpMethod.PUT, json(Map.of("userId", "d1duty")),
        String.class);
    assertThat(as("d1duty").getForObject("/engine-rest/task?maxResults=10&processInstanceId=" + instanceId,
        List.class)).hasSize(1);
  }

  @Test
  void aTaskAssignedToAPersonStaysTheirsWhenTheyMove() {
    String next = LocalDate.now().plusDays(7).toString();
    Map<?, ?> created = as("d1head").postForObject("/api/travel-requests", json(Map.of("requesterId", "d1head",
        "destination", "Huế", "departureDate", next, "returnDate", next, "reason", "Công tác")), Map.class);
    String instanceId = (String) created.get("processInstanceId");
    instances.add(instanceId);
    Task approval = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    tasks.setAssignee(approval.getId(), "chairman"); // no candidates: assigned to a person, not claimed

    tasks.deleteCandidateGroup(approval.getId(), "heads-city-committee");
    as("admin").exchange("/api/directory/staff/chairman", HttpMethod.PUT, json(Map.of("unitId", "city-committee",
        "role", "DEPUTY")), String.class);

    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isEqualTo("chairman");
  }

  @Test
  void anIncidentAtALevelLeftWithNobodyGoesUpTheChainAtOnce() {
    String instanceId = incident("ben-nghe");
    assertThat(level(instanceId)).isEqualTo("UNIT_DUTY");

    as("hahead").exchange("/api/directory/units/ben-nghe/duty", HttpMethod.PUT, json(Map.of("userIds", List.of())),
        String.class);

    assertThat(level(instanceId)).isEqualTo("UNIT_HEAD");
    assertThat(candidateGroupOf(instanceId)).isEqualTo("heads-ben-nghe");
    assertThat((String) runtime.getVariable(instanceId, IncidentProcess.VAR_HISTORY)).contains("LEVEL_VACATED");

    as("hahead").exchange("/api/directory/staff/bnhead", HttpMethod.DELETE, null, String.class);

    assertThat(level(instanceId)).isEqualTo("DISTRICT");
    assertThat(candidateGroupOf(instanceId)).isEqualTo("heads-district-1");
    assertThat(runtime.getVariable(instanceId, IncidentProcess.VAR_ESCALATIONS)).isEqualTo(2);
  }

  @Test
  void aCaseEscalatedAfterTheRosterEmptiedStillGoesToTheNextLevelAboveIt() {
    String instanceId = incident("ben-nghe");
    complete(instanceId, "bnduty", "ESCALATE");
    assertThat(level(instanceId)).isEqualTo("UNIT_HEAD");
    // No incident waits at the duty level, but the chain loses it: positions below the head shift by one.
    as("hahead").exchange("/api/directory/units/ben-nghe/duty", HttpMethod.PUT, json(Map.of("userIds", List.of())),
        String.class);

    complete(instanceId, "bnhead", "ESCALATE");

    assertThat(level(instanceId)).isEqualTo("DISTRICT");
    assertThat(candidateGroupOf(instanceId)).isEqualTo("heads-district-1");
  }

  private String incident(String unitId) {
    String id = runtime.startProcessInstanceByKey(IncidentProcess.KEY, Map.of(IncidentProcess.VAR_UNIT_ID, unitId,
        IncidentProcess.VAR_SOURCE, "PORTAL_1022", IncidentProcess.VAR_CATEGORY, "OTHER",
        IncidentProcess.VAR_SEVERITY, "LOW", IncidentProcess.VAR_SUMMARY, "Phản ánh qua Cổng 1022")).getId();
    instances.add(id);
    return id;
  }

  private void complete(String instanceId, String user, String decision) {
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(IncidentProcess.TASK_HANDLE)
        .singleResult();
    assertThat(as(user).postForEntity("/engine-rest/task/" + task.getId() + "/complete", json(Map.of("variables",
        Map.of("decision", Map.of("value", decision), "actionTaken", Map.of("value", "Chuyển lên")))), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String level(String instanceId) {
    return (String) runtime.getVariable(instanceId, IncidentProcess.VAR_LEVEL);
  }

  private String candidateGroupOf(String instanceId) {
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(IncidentProcess.TASK_HANDLE)
        .singleResult();
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null).findFirst()
        .orElseThrow().getGroupId();
  }
}
