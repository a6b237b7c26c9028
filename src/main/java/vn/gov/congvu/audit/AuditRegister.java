package vn.gov.congvu.audit;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit register (migration V3): written in the completion's transaction. */
@Repository
public class AuditRegister {

  private final JdbcTemplate jdbc;

  AuditRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes the entry unless the task already has one. Of two completions of one task at the same moment, the engine
   * keeps one (the other fails on the task's version when it is written): a duplicate-key error here would have
   * failed that other one first, with SQL in its message. The unique key stays the backstop.
   */
  void write(AuditEntry entry) {
    jdbc.update("INSERT INTO audit_decision (task_id, task_key, process_instance_id, business_key, "
        + "process_definition_key, user_id, decided_at, outcome, comment) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? "
        + "FROM (VALUES (0)) AS x(n) WHERE NOT EXISTS (SELECT 1 FROM audit_decision WHERE task_id = ?)",
        entry.taskId(), entry.taskKey(), entry.processInstanceId(), entry.businessKey(), entry.processDefinitionKey(),
        entry.userId(), Timestamp.from(entry.decidedAt()), entry.outcome(), entry.comment(), entry.taskId());
  }
}
