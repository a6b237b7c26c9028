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

  void write(AuditEntry entry) {
    jdbc.update("INSERT INTO audit_decision (task_id, task_key, process_instance_id, business_key, "
        + "process_definition_key, user_id, decided_at, outcome, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entry.taskId(), entry.taskKey(), entry.processInstanceId(), entry.businessKey(), entry.processDefinitionKey(),
        entry.userId(), Timestamp.from(entry.decidedAt()), entry.outcome(), entry.comment());
  }
}
