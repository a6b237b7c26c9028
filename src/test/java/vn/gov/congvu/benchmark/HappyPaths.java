package vn.gov.congvu.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/** Each process's happy path through the Java API, and the engine's floor: start, one user task, end. */
final class HappyPaths {

  static final String FLOOR = "benchmark-floor";

  private final ProcessEngine engine;
  private int periods;

  HappyPaths(ProcessEngine engine) {
    this.engine = engine;
  }

  void deployFloor() {
    engine.getRepositoryService().createDeployment().addModelInstance(FLOOR + ".bpmn",
        Bpmn.createExecutableProcess(FLOOR).camundaHistoryTimeToLive(1).startEvent().userTask("work")
            .camundaCandidateGroups("heads-district-1").endEvent().done()).deploy();
  }

  /** One user task. */
  void floor() {
    String id = engine.getRuntimeService().startProcessInstanceByKey(FLOOR).getId();
    complete(id, "work", Map.of());
  }

  /** Start, approve, return, declaration: three user tasks. */
  void travel() {
    // Leaving today: the return can be reported at once (from the departure day on).
    String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    String id = engine.getRuntimeService().startProcessInstanceByKey("travel-approval", Map.of("requesterId",
        "d1staff", "destination", "Cần Thơ", "departureDate", day, "returnDate", day, "reason", "Đo hiệu năng")).getId();
    complete(id, "approve-travel", Map.of("approved", true));
    String timer = engine.getManagementService().createJobQuery().processInstanceId(id).singleResult().getId();
    engine.getManagementService().executeJob(timer);
    complete(id, "report-return", Map.of("returnedAt", OffsetDateTime.now().toString(), "visitedOutbreakArea", false,
        "symptoms", false));
    complete(id, "confirm-health-declaration", Map.of("declarationRef", "TK-1"));
  }

  /** Start, two escalations, resolve: three user tasks. */
  void incident() {
    String id = engine.getRuntimeService().startProcessInstanceByKey("incident-escalation", Map.of("unitId",
        "ben-nghe", "source", "INTERNAL", "category", "OTHER", "severity", "LOW", "summary", "Đo hiệu năng")).getId();
    complete(id, "handle-incident", Map.of("decision", "ESCALATE", "actionTaken", "Chuyển"));
    complete(id, "handle-incident", Map.of("decision", "ESCALATE", "actionTaken", "Chuyển"));
    complete(id, "handle-incident", Map.of("decision", "RESOLVED", "actionTaken", "Xong"));
  }

  /** One cycle for the demo units: six reports, two districts' consolidations, Home Affairs', the review. */
  int monthly() {
    String period = YearMonth.of(2200, 1).plusMonths(periods++).toString();
    // The clock in the period's month for the start: a period may be opened up to the current month.
    ClockUtil.setCurrentTime(Date.from(YearMonth.parse(period).atDay(10).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
        .toInstant()));
    try {
      engine.getRuntimeService().startProcessInstanceByMessage("monthly-report-requested", period,
          Map.of("period", period));
    } finally {
      ClockUtil.reset();
    }
    int tasks = 0;
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(period).list()) {
      engine.getTaskService().complete(task.getId(), Map.of("staffInfected", 0, "violationsHandled", 0,
          "safetyCriteriaReviewed", true, "onSitePercent", 30, "summary", "Đo hiệu năng"));
      tasks++;
    }
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(period)
        .taskDefinitionKey("consolidate-district-report").list()) {
      engine.getTaskService().complete(task.getId(), Map.of("districtSummary", "Đo hiệu năng"));
      tasks++;
    }
    String id = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("monthly-reporting")
        .processInstanceBusinessKey(period).singleResult().getId();
    complete(id, "consolidate-monthly-report", Map.of("assessment", "Tốt"));
    complete(id, "review-monthly-report", Map.of());
    return tasks + 2;
  }

  private void complete(String instanceId, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
        .singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }
}
