package vn.gov.congvu.travel;

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
import vn.gov.congvu.tasklist.FilterColumn;
import vn.gov.congvu.tasklist.FilterColumns;
import vn.gov.congvu.tasklist.TaskPriorities;
import vn.gov.congvu.tasklist.TaskPriority;
import vn.gov.congvu.tasklist.TaskTitle;
import vn.gov.congvu.tasklist.TaskTitles;

/** What the travel process tells the shared modules about itself; nothing outside this package names its parts. */
@Component
@Order(1)
class TravelContributions implements DerivedVariables, AuditedTasks, FilterColumns, StartGrants, TaskTitles,
    TaskPriorities {

  @Override
  public String processKey() {
    return TravelProcess.KEY;
  }

  /** Every staff member may ask to leave the city (T1). */
  @Override
  public List<Grant> startGrants() {
    return List.of(Grant.start(DirectoryGroups.STAFF, TravelProcess.KEY));
  }

  /** The approval, the declaration's reference and the work arranged during isolation are decisions on record. */
  @Override
  public List<AuditedTask> auditedTasks() {
    return List.of(
        new AuditedTask(TravelProcess.TASK_APPROVE, TravelProcess.VAR_APPROVED, TravelProcess.VAR_DECISION_COMMENT),
        new AuditedTask(TravelProcess.TASK_CONFIRM_DECLARATION, null, TravelProcess.VAR_DECLARATION_REF),
        new AuditedTask(TravelProcess.TASK_ARRANGE_ISOLATION, null, TravelProcess.VAR_ARRANGEMENTS));
  }

  /** A travel task in the shared filters: who asks, where to, when. */
  @Override
  public List<FilterColumn> filterColumns() {
    return List.of(new FilterColumn(TravelProcess.VAR_REFERENCE, "Số hồ sơ"),
        new FilterColumn(TravelProcess.VAR_REQUESTER_NAME, "Người đề nghị"),
        new FilterColumn(TravelProcess.VAR_DESTINATION, "Nơi đến"),
        new FilterColumn(TravelProcess.VAR_DEPARTURE_DATE, "Ngày đi"),
        new FilterColumn(TravelProcess.VAR_RETURN_DATE, "Ngày về"));
  }

  /** Each card carries the trip: who, where to, which days. */
  @Override
  public Optional<TaskTitle> titleOf(String taskKey, Function<String, Object> variables) {
    return TravelTitles.of(taskKey, variables);
  }

  /** An approval for a trip leaving today or tomorrow comes first. */
  @Override
  public Optional<TaskPriority> priorityOf(String taskKey, Function<String, Object> variables, Instant now) {
    return TravelUrgency.of(taskKey, variables, now);
  }

  /** What a request works out from the directory, the calendar and the outbreak register, and its outcome. */
  @Override
  public Set<String> derivedVariables() {
    return Set.of(TravelProcess.VAR_REQUESTER_NAME, TravelProcess.VAR_UNIT_ID, TravelProcess.VAR_UNIT_NAME,
        TravelProcess.VAR_APPROVER_GROUP, TravelProcess.VAR_UNIT_HEADS_GROUP, TravelProcess.VAR_SUPERIOR_GROUP,
        TravelProcess.VAR_DEPARTURE_AT, TravelProcess.VAR_DEPARTURE_DAY_START, TravelProcess.VAR_RETURN_AT,
        TravelProcess.VAR_NON_WORKING_DAYS, TravelProcess.VAR_OUTBREAK_WARNING, TravelProcess.VAR_EPIDEMIC_LEVEL,
        TravelProcess.VAR_EPIDEMIC_WARNING, TravelProcess.VAR_DECLARATION_DUE,
        TravelProcess.VAR_DECLARATION_CHECK_AT, TravelProcess.VAR_DECLARED_LATE,
        TravelProcess.VAR_DECLARATION_WINDOW, TravelProcess.VAR_OUTBREAK_EXPOSURE,
        TravelProcess.VAR_MONITORING_END, TravelProcess.VAR_HEALTH_SERVICE_NAME, TravelProcess.VAR_OUTCOME,
        TravelProcess.VAR_REFERENCE);
  }
}
