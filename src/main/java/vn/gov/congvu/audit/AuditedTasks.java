package vn.gov.congvu.audit;

import java.util.List;

/**
 * The deciding tasks of one process, declared by the feature that owns it. A task not declared is still recorded,
 * with outcome COMPLETED and no comment.
 */
public interface AuditedTasks {

  String processKey();

  List<AuditedTask> auditedTasks();
}
