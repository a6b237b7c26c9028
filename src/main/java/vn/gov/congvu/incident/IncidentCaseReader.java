package vn.gov.congvu.incident;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import vn.gov.congvu.identity.SystemAuthority;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.web.InputRejected;

/**
 * Reads a case for the person working one of its tasks: the task is looked for as that person (the engine's
 * authorizations decide whether they see it), the case's variables then as the application. A resolved staff
 * violation is given a form of handling: their labels go along (the violators are the directory API's staff list).
 */
@Service
record IncidentCaseReader(TaskService tasks, RuntimeService runtime, SystemAuthority system,
    OrganizationDirectory directory) {

  private static final List<String> SHOWN = List.of(IncidentProcess.VAR_REFERENCE, IncidentProcess.VAR_UNIT_ID,
      IncidentProcess.VAR_UNIT_NAME, IncidentProcess.VAR_LEVEL, IncidentProcess.VAR_CATEGORY,
      IncidentProcess.VAR_SEVERITY, IncidentProcess.VAR_SOURCE, IncidentProcess.VAR_SUMMARY,
      IncidentProcess.VAR_ADVICE, IncidentProcess.VAR_HISTORY);
  private static final Set<String> INCIDENT_TASKS = Set.of(IncidentProcess.TASK_HANDLE,
      IncidentProcess.TASK_ACKNOWLEDGE_URGENT);

  IncidentCaseView ofTask(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(IncidentProcess.KEY).singleResult();
    if (task == null || !INCIDENT_TASKS.contains(task.getTaskDefinitionKey())) {
      throw InputRejected.notFound("taskId", "Không tìm thấy công việc này trong danh sách việc của bạn");
    }
    Map<String, Object> v = system.run(() -> runtime.getVariables(task.getProcessInstanceId(), SHOWN));
    String category = text(v, IncidentProcess.VAR_CATEGORY);
    String level = text(v, IncidentProcess.VAR_LEVEL);
    boolean staffViolation = IncidentCategory.STAFF_VIOLATION.name().equals(category)
        && IncidentProcess.TASK_HANDLE.equals(task.getTaskDefinitionKey());
    return new IncidentCaseView(text(v, IncidentProcess.VAR_REFERENCE), text(v, IncidentProcess.VAR_UNIT_ID),
        text(v, IncidentProcess.VAR_UNIT_NAME), level, IncidentLabels.level(level), category,
        IncidentLabels.category(category), IncidentLabels.severity(text(v, IncidentProcess.VAR_SEVERITY)),
        IncidentLabels.source(text(v, IncidentProcess.VAR_SOURCE)), text(v, IncidentProcess.VAR_SUMMARY),
        text(v, IncidentProcess.VAR_ADVICE),
        IncidentHistoryRows.of(text(v, IncidentProcess.VAR_HISTORY), this::name),
        staffViolation ? IncidentFormsController.choices(IncidentLabels.handlings()) : List.of());
  }

  private String name(String userId) {
    return directory.staffMember(userId).map(StaffMember::fullName).orElse(userId);
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }
}
