package vn.gov.congvu.travel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import vn.gov.congvu.identity.SystemAuthority;

/**
 * A staff member's own travel requests and where each stands, newest first ("Đề nghị của tôi", issue 18): read as the
 * application (staff may not read the engine's history) for the requester alone.
 */
@Service
class MyRequests {

  /** One request as its requester follows it. */
  record MyRequest(String reference, String destination, String departureDate, String returnDate, String status,
      String decisionComment) {
  }

  static final int SHOWN = 50;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> READ = List.of(TravelProcess.VAR_DESTINATION, TravelProcess.VAR_DEPARTURE_DATE,
      TravelProcess.VAR_RETURN_DATE, TravelProcess.VAR_OUTCOME, TravelProcess.VAR_DECISION_COMMENT,
      TravelProcess.VAR_APPROVED);

  private final HistoryService history;
  private final TaskService tasks;
  private final SystemAuthority system;

  MyRequests(HistoryService history, TaskService tasks, SystemAuthority system) {
    this.history = history;
    this.tasks = tasks;
    this.system = system;
  }

  List<MyRequest> of(String requesterId) {
    return system.run(() -> {
      List<HistoricProcessInstance> mine = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(TravelProcess.KEY).variableValueEquals(TravelProcess.VAR_REQUESTER_ID, requesterId)
          .orderByProcessInstanceStartTime().desc().listPage(0, SHOWN);
      if (mine.isEmpty()) {
        return List.of();
      }
      String[] ids = mine.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
      Map<String, Map<String, Object>> values = new HashMap<>();
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
          .variableNameIn(READ.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
        values.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
      }
      Map<String, String> openTask = new HashMap<>();
      for (Task task : tasks.createTaskQuery().processInstanceIdIn(ids).list()) {
        openTask.putIfAbsent(task.getProcessInstanceId(), task.getTaskDefinitionKey());
      }
      return mine.stream().map(p -> {
        Map<String, Object> v = values.getOrDefault(p.getId(), Map.of());
        return new MyRequest(p.getBusinessKey(), (String) v.get(TravelProcess.VAR_DESTINATION),
            day(v.get(TravelProcess.VAR_DEPARTURE_DATE)), day(v.get(TravelProcess.VAR_RETURN_DATE)),
            status(p.getEndTime() != null, (String) v.get(TravelProcess.VAR_OUTCOME), openTask.get(p.getId()),
                v.get(TravelProcess.VAR_APPROVED)),
            Boolean.FALSE.equals(v.get(TravelProcess.VAR_APPROVED))
                ? (String) v.get(TravelProcess.VAR_DECISION_COMMENT) : null);
      }).toList();
    });
  }

  /** Where a request stands, in the words its requester reads. */
  static String status(boolean ended, String outcome, String openTaskKey, Object approved) {
    if (ended) {
      return switch (outcome == null ? "" : outcome) {
        case "REJECTED" -> "Không được đồng ý";
        case "EXPIRED" -> "Hết hiệu lực (chưa được phê duyệt trước giờ đi)";
        case "ISOLATION" -> "Đã kết thúc (có tự cách ly)";
        case "COMPLETED" -> "Đã hoàn thành";
        default -> "Đã kết thúc";
      };
    }
    if (openTaskKey == null) {
      return Boolean.TRUE.equals(approved) ? "Đã được đồng ý" : "Đang xử lý";
    }
    return switch (openTaskKey) {
      case TravelProcess.TASK_APPROVE -> "Chờ thủ trưởng phê duyệt";
      case TravelProcess.TASK_REPORT_RETURN -> "Đã được đồng ý – chờ báo cáo đã trở về";
      case TravelProcess.TASK_CONFIRM_DECLARATION -> "Chờ xác nhận khai báo y tế";
      case TravelProcess.TASK_REPORT_SYMPTOMS, TravelProcess.TASK_ACKNOWLEDGE_MONITORING -> "Đang theo dõi y tế";
      case TravelProcess.TASK_ARRANGE_ISOLATION -> "Đang tự cách ly";
      default -> "Đang xử lý";
    };
  }

  private static String day(Object iso) {
    try {
      return iso instanceof String text ? LocalDate.parse(text).format(DAY) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
