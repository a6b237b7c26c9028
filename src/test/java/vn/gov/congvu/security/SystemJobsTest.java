package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.travel.TravelProcess;

/** Jobs of no process definition (here the history cleanup) are the administrators' alone, on REST and Java API. */
class SystemJobsTest extends ApplicationTest {

  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  RuntimeService runtime;

  private String jobId;

  @BeforeEach
  void historyCleanupJob() {
    jobId = history.cleanUpHistoryAsync(true).getId();
  }

  @AfterEach
  void removeIt() {
    identity.clearAuthentication();
    if (management.createJobQuery().jobId(jobId).count() > 0) {
      management.deleteJob(jobId);
    }
  }

  @Test
  void unitHeadCannotExecuteRescheduleRetrySuspendOrDeleteTheHistoryCleanup() {
    Job before = job();

    List<ResponseEntity<String>> refused = List.of(
        send("d1head", HttpMethod.POST, "/execute", null),
        send("d1head", HttpMethod.PUT, "/duedate", Map.of("duedate", "2030-01-01T01:00:00.000+0700")),
        send("d1head", HttpMethod.PUT, "/retries", Map.of("retries", 0)),
        send("d1head", HttpMethod.PUT, "/suspended", Map.of("suspended", true)),
        send("d1head", HttpMethod.PUT, "/priority", Map.of("priority", 99)),
        send("d1head", HttpMethod.DELETE, "", null));

    assertThat(refused).allSatisfy(response -> {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
      assertThat(response.getBody()).contains("quản trị viên").doesNotContain("at org.").doesNotContain("\tat ");
    });
    Job after = job();
    assertThat(after).isNotNull();
    assertThat(after.getRetries()).isEqualTo(before.getRetries());
    assertThat(after.getDuedate()).isEqualTo(before.getDuedate());
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getPriority()).isEqualTo(before.getPriority());
  }

  @Test
  void javaApiRefusesAUnitHeadToo() {
    identity.setAuthentication("d1head", List.of("heads-district-1"));
    assertThatThrownBy(() -> management.executeJob(jobId)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> management.setJobRetries(jobId, 0)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> management.suspendJobById(jobId)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> management.deleteJob(jobId)).isInstanceOf(AuthorizationException.class);
    identity.clearAuthentication();
    assertThat(job().getRetries()).isPositive();
  }

  @Test
  void administratorMayTouchSystemJobs() {
    assertThat(send("admin", HttpMethod.PUT, "/retries", Map.of("retries", 2)).getStatusCode().value()).isEqualTo(204);
    assertThat(job().getRetries()).isEqualTo(2);
    assertThat(send("admin", HttpMethod.PUT, "/suspended", Map.of("suspended", true)).getStatusCode().value())
        .isEqualTo(204);
    assertThat(send("admin", HttpMethod.PUT, "/suspended", Map.of("suspended", false)).getStatusCode().value())
        .isEqualTo(204);
    assertThat(send("admin", HttpMethod.PUT, "/duedate", Map.of("duedate", "2030-01-01T01:00:00.000+0700"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(send("admin", HttpMethod.DELETE, "", null).getStatusCode().value()).isEqualTo(204);
    assertThat(job()).isNull();
  }

  /** Camunda counted every refused execute as a failure of the job: three calls turned a deadline into an incident. */
  @Test
  void refusedExecuteOfAnotherUnitsDeadlineCostsItNoRetry() {
    String departure = LocalDate.now().plusDays(10).toString();
    String instanceId = runtime.startProcessInstanceByKey(TravelProcess.KEY, Map.of(TravelProcess.VAR_REQUESTER_ID,
        "akhead", TravelProcess.VAR_DESTINATION, "Huế", TravelProcess.VAR_DEPARTURE_DATE, departure,
        TravelProcess.VAR_RETURN_DATE, departure, TravelProcess.VAR_REASON, "Công tác")).getId();
    Job deadline = management.createJobQuery().processInstanceId(instanceId).activityId("timer-approval-overdue")
        .singleResult();

    for (int attempt = 0; attempt < 3; attempt++) {
      ResponseEntity<String> refused = as("d1head").postForEntity("/engine-rest/job/" + deadline.getId() + "/execute",
          json(Map.of()), String.class);
      assertThat(refused.getStatusCode().value()).isEqualTo(403);
    }
    Job after = management.createJobQuery().jobId(deadline.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(deadline.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    runtime.deleteProcessInstance(instanceId, "test");
  }

  private Job job() {
    return management.createJobQuery().jobId(jobId).singleResult();
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String action, Object body) {
    return as(user).exchange("/engine-rest/job/" + jobId + action, method, json(body == null ? Map.of() : body),
        String.class);
  }
}
