package vn.gov.congvu.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.congvu.audit.AuditedTask;
import vn.gov.congvu.audit.AuditedTasks;
import vn.gov.congvu.history.DerivedVariables;
import vn.gov.congvu.identity.Grant;
import vn.gov.congvu.identity.StartGrants;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.tasklist.FilterColumn;
import vn.gov.congvu.tasklist.FilterColumns;
import vn.gov.congvu.tasklist.TaskPriorities;
import vn.gov.congvu.tasklist.TaskPriority;

/** What the incident chain tells the shared modules about itself; nothing outside this package names its parts. */
@Component
@Order(2)
class IncidentContributions implements DerivedVariables, AuditedTasks, FilterColumns, StartGrants,
    TaskPriorities {

  @Override
  public String processKey() {
    return IncidentProcess.KEY;
  }

  /** Duty officers, heads and Home Affairs report (E1, E3); which units each may report for is the intake's. */
  @Override
  public List<Grant> startGrants() {
    return List.of(Grant.start(DirectoryGroups.DUTY_OFFICERS, IncidentProcess.KEY),
        Grant.start(DirectoryGroups.UNIT_HEADS, IncidentProcess.KEY),
        Grant.start(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS), IncidentProcess.KEY));
  }

  /** Each level's handling decision is on record, with what it did. */
  @Override
  public List<AuditedTask> auditedTasks() {
    return List.of(new AuditedTask(IncidentProcess.TASK_HANDLE, IncidentProcess.VAR_DECISION,
        IncidentProcess.VAR_ACTION_TAKEN));
  }

  /**
   * A case in the shared filters: at which level, which unit, how severe. A card shows its first two columns (the
   * rest under its fold), and its title already names the unit and the severity: the level comes first.
   */
  @Override
  public List<FilterColumn> filterColumns() {
    return List.of(new FilterColumn(IncidentProcess.VAR_LEVEL_LABEL, "Cấp xử lý"),
        new FilterColumn(IncidentProcess.VAR_REFERENCE, "Số hồ sơ"),
        new FilterColumn(IncidentProcess.VAR_UNIT_NAME, "Đơn vị"),
        new FilterColumn(IncidentProcess.VAR_SEVERITY_LABEL, "Mức độ"));
  }

  /** A critical case and the urgent report to Home Affairs are urgent, a high one high (E2, E3). */
  @Override
  public Optional<TaskPriority> priorityOf(String taskKey, Function<String, Object> variables, Instant now) {
    if (IncidentProcess.TASK_ACKNOWLEDGE_URGENT.equals(taskKey)) {
      return Optional.of(TaskPriority.URGENT);
    }
    if (!IncidentProcess.TASK_HANDLE.equals(taskKey)
        || !(variables.apply(IncidentProcess.VAR_SEVERITY) instanceof String severity)) {
      return Optional.empty();
    }
    return switch (IncidentSeverity.valueOf(severity)) {
      case CRITICAL -> Optional.of(TaskPriority.URGENT);
      case HIGH -> Optional.of(TaskPriority.HIGH);
      case LOW -> Optional.empty();
    };
  }

  /**
   * What the chain works out itself: the level and its group and deadline (the chain log, the tasks and the
   * decision-table history show each step), the running log, the counters and the closing values.
   */
  @Override
  public Set<String> derivedVariables() {
    return Set.of(IncidentProcess.VAR_UNIT_NAME, IncidentProcess.VAR_REPORTED_BY, IncidentProcess.VAR_URGENT,
        IncidentProcess.VAR_LEVEL, IncidentProcess.VAR_LEVEL_LABEL, IncidentProcess.VAR_SEVERITY_LABEL,
        IncidentProcess.VAR_LEVEL_INDEX, IncidentProcess.VAR_CANDIDATE_GROUP,
        IncidentProcess.VAR_LEVEL_SLA, IncidentProcess.VAR_ESCALATIONS, IncidentProcess.VAR_HISTORY,
        IncidentProcess.VAR_OUTCOME, IncidentProcess.VAR_RESOLVED_LEVEL, IncidentProcess.VAR_REFERENCE);
  }
}
