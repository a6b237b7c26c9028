package vn.gov.congvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.travel.TravelProcess;

/** The cases the dashboard's figure tests are built from, started and decided on their own engine. */
record DashboardCases(ProcessEngine engine) {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  ProcessInstance trip(String requester, LocalDate departure) {
    return engine.getRuntimeService().startProcessInstanceByKey(TravelProcess.KEY, Map.of(
        TravelProcess.VAR_REQUESTER_ID, requester, TravelProcess.VAR_DESTINATION, "Huế",
        TravelProcess.VAR_DEPARTURE_DATE, departure.toString(), TravelProcess.VAR_RETURN_DATE,
        departure.plusDays(2).toString(), TravelProcess.VAR_REASON, "Thăm gia đình"));
  }

  ProcessInstance incident(String unitId, String severity) {
    return engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY, Map.of(
        IncidentProcess.VAR_UNIT_ID, unitId, IncidentProcess.VAR_SOURCE, "PORTAL_1022",
        IncidentProcess.VAR_CATEGORY, "OTHER", IncidentProcess.VAR_SEVERITY, severity,
        IncidentProcess.VAR_SUMMARY, "Phản ánh qua Cổng 1022"));
  }

  /** Completes the case's deciding task (the approval, or the level's handling). */
  void decide(ProcessInstance instance, Map<String, Object> variables) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKeyIn(TravelProcess.TASK_APPROVE, IncidentProcess.TASK_HANDLE).list();
    assertThat(open).hasSize(1);
    engine.getTaskService().complete(open.get(0).getId(), variables);
  }

  void runJob(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(activityId).singleResult().getId());
  }

  static Map<String, Object> rejection() {
    return Map.of(TravelProcess.VAR_APPROVED, false, TravelProcess.VAR_DECISION_COMMENT, "Đang trực chống dịch");
  }

  static void clock(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(at(year, month, day, hour, minute));
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VN).toInstant());
  }
}
