package vn.gov.congvu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

/** Every human decision is written once, in the completion's transaction, and nothing when it rolls back. */
class AuditRegisterTest extends ApplicationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  @Test
  void completingATaskWritesExactlyOneRow() {
    String instance = travelRequest();
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    identity.setAuthentication("d1head", java.util.List.of("staff", "heads-district-1", "members-district-1"));
    try {
      tasks.complete(taskId, Map.of("approved", false, "decisionComment", "Đang trực dịch"));
    } finally {
      identity.clearAuthentication();
    }

    assertThat(decisionsOf(instance)).singleElement().satisfies(entry -> {
      assertThat(entry.taskKey()).isEqualTo("approve-travel");
      assertThat(entry.userId()).isEqualTo("d1head");
      assertThat(entry.outcome()).isEqualTo("REJECTED");
      assertThat(entry.comment()).isEqualTo("Đang trực dịch");
      assertThat(entry.processDefinitionKey()).isEqualTo("travel-approval");
      assertThat(entry.businessKey()).matches("DN-\\d{4}-\\d{6}");
    });
  }

  @Test
  void aRolledBackCompletionWritesNothing() {
    String instance = travelRequest();
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    // A rejection without a reason is refused by the process: the whole completion rolls back.
    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("approved", false)));

    assertThat(decisionsOf(instance)).isEmpty();
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void outcomeMappingComesFromWhatTheFeaturesDeclare() {
    assertThat(outcomes.outcome("travel-approval", "approve-travel", Map.of("approved", true)::get))
        .isEqualTo("APPROVED");
    assertThat(outcomes.outcome("incident-escalation", "handle-incident", Map.of("decision", "ESCALATE")::get))
        .isEqualTo("ESCALATE");
    assertThat(outcomes.comment("incident-escalation", "handle-incident", Map.of("actionTaken", "Đã xử lý")::get))
        .isEqualTo("Đã xử lý");
    assertThat(outcomes.comment("monthly-reporting", "consolidate-monthly-report",
        Map.of("assessment", "Tốt")::get)).isEqualTo("Tốt");
  }

  @Test
  void aLaterTaskIsNotRecordedWithAnEarlierDecision() {
    // acknowledge-monitoring runs after approve-travel: the process-level approved=true is not its outcome.
    Map<String, Object> processScope = Map.of("approved", true, "decisionComment", "Đồng ý");
    assertThat(outcomes.outcome("travel-approval", "acknowledge-monitoring", processScope::get))
        .isEqualTo("COMPLETED");
    assertThat(outcomes.comment("travel-approval", "acknowledge-monitoring", processScope::get)).isNull();
  }

  @Autowired
  AuditOutcome outcomes;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  private java.util.List<AuditEntry> decisionsOf(String processInstanceId) {
    return jdbc.query("SELECT * FROM audit_decision WHERE process_instance_id = ? ORDER BY decided_at, id",
        (rs, i) -> new AuditEntry(rs.getString("task_id"), rs.getString("task_key"),
            rs.getString("process_instance_id"), rs.getString("business_key"), rs.getString("process_definition_key"),
            rs.getString("user_id"), rs.getTimestamp("decided_at").toInstant(), rs.getString("outcome"),
            rs.getString("comment")), processInstanceId);
  }

  private String travelRequest() {
    String departure = LocalDate.now().plusDays(10).toString();
    return runtime.startProcessInstanceByKey("travel-approval", Map.of("requesterId", "d1staff", "destination",
        "Cần Thơ", "departureDate", departure, "returnDate", departure, "reason", "Công tác")).getId();
  }
}
