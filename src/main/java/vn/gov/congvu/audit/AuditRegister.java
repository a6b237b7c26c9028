package vn.gov.congvu.audit;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit register (migration V3): written in the completion's transaction, read by instance. */
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

  public List<AuditEntry> findByProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT * FROM audit_decision WHERE process_instance_id = ? ORDER BY decided_at, id",
        (rs, i) -> new AuditEntry(rs.getString("task_id"), rs.getString("task_key"),
            rs.getString("process_instance_id"), rs.getString("business_key"), rs.getString("process_definition_key"),
            rs.getString("user_id"), rs.getTimestamp("decided_at").toInstant(), rs.getString("outcome"),
            rs.getString("comment")), processInstanceId);
  }
}
