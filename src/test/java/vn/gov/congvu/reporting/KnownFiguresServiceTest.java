package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.violation.ViolationHandling;
import vn.gov.congvu.violation.ViolationRegister;
import vn.gov.congvu.violation.ViolationType;

/** The figures a unit's report opens with are counted per unit and per month, all units in one pass. */
class KnownFiguresServiceTest extends ApplicationTest {

  @Autowired
  KnownFiguresService known;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ViolationRegister violations;

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void travelIncidentsAndViolationsOfTheMonthAreCountedForTheirUnit() {
    at(2036, 2, 10);
    decideTravel(true);
    decideTravel(true);
    decideTravel(false);
    incident("ben-nghe", "HIGH");
    incident("ben-nghe", "LOW");
    violations.record("bnstaff", ViolationType.LATE_HEALTH_DECLARATION, "Khai báo muộn", UUID.randomUUID().toString(),
        "known-figures");
    at(2036, 3, 2);
    decideTravel(true); // next month: not counted in February

    Map<String, KnownFigures> february = known.of(ReportPeriod.parse("2036-02").orElseThrow());

    assertThat(february.get("district-1")).isEqualTo(new KnownFigures(2, 1, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(february.get("ben-nghe")).isEqualTo(new KnownFigures(0, 0, 0, 1, 1, 1, 0, 0, 1, 0));
    assertThat(february).doesNotContainKey("thu-duc");
    assertThat(known.of(ReportPeriod.parse("2036-03").orElseThrow()).get("district-1").travelApproved()).isEqualTo(1);
  }

  @Test
  void theFormsOfHandlingOfTheMonthsStaffViolationsAreCountedByForm() {
    at(2036, 7, 8);
    violations.record("bnstaff", ViolationType.STAFF_VIOLATION, "Gây khó dễ", ViolationHandling.KHIEN_TRACH,
        UUID.randomUUID().toString(), "handling-1");
    violations.record("bnduty", ViolationType.STAFF_VIOLATION, "Gây khó dễ", ViolationHandling.NHAC_NHO,
        UUID.randomUUID().toString(), "handling-2");
    violations.record("bnhead", ViolationType.STAFF_VIOLATION, "Buông lỏng", ViolationHandling.KHIEN_TRACH,
        UUID.randomUUID().toString(), "handling-3");

    KnownFigures july = known.of(ReportPeriod.parse("2036-07").orElseThrow()).get("ben-nghe");

    assertThat(july.handlings()).containsExactly(Map.entry(ViolationHandling.NHAC_NHO, 1),
        Map.entry(ViolationHandling.KHIEN_TRACH, 2));
    assertThat(july.describe()).contains("Hình thức xử lý: Nhắc nhở, rút kinh nghiệm: 1; Khiển trách: 2");
    assertThat(UnitReportRows.handlings(UnitReportRows.handlings(july.handlings()))).isEqualTo(july.handlings());
  }

  @Test
  void violationsTheUnitsOwnLevelsResolvedAreToldApartFromThoseFoundByOthers() {
    at(2036, 5, 12);
    resolveViolation(0); // the ward's duty officer resolves it
    resolveViolation(1); // the ward's head
    resolveViolation(2); // past the ward: the district resolved it
    violations.record("bnstaff", ViolationType.LATE_HEALTH_DECLARATION, "Khai báo muộn", UUID.randomUUID().toString(),
        "known-figures");
    engine.getRuntimeService().startProcessInstanceByKey("incident-escalation", Map.of("unitId", "ben-nghe",
        "source", "PORTAL_1022", "category", "INFECTION", "severity", "HIGH", "summary", "Cán bộ dương tính"));

    KnownFigures may = known.of(ReportPeriod.parse("2036-05").orElseThrow()).get("ben-nghe");

    assertThat(may.violationsRecorded()).isEqualTo(4);
    assertThat(may.violationsSelfHandled()).isEqualTo(2);
    assertThat(may.violationsFoundByOthers()).isEqualTo(2);
    assertThat(may.infectionsReported()).isEqualTo(1);
    assertThat(may.describe()).contains("đơn vị tự phát hiện, xử lý: 2")
        .contains("Ca nhiễm COVID-19 đã báo cáo khẩn: 1");
  }

  /** A staff violation in Bến Nghé, escalated that many times, then resolved. */
  private void resolveViolation(int escalations) {
    String id = engine.getRuntimeService().startProcessInstanceByKey("incident-escalation", Map.of("unitId", "ben-nghe",
        "source", "PRESS", "category", "STAFF_VIOLATION", "severity", "LOW", "summary", "Cán bộ gây phiền hà"))
        .getId();
    for (int i = 0; i < escalations; i++) {
      engine.getTaskService().complete(handleTask(id), Map.of("decision", "ESCALATE", "actionTaken",
          "Chuyển cấp trên"));
    }
    engine.getTaskService().complete(handleTask(id), Map.of("decision", "RESOLVED", "actionTaken", "Nhắc nhở",
        "violatorId", "bnstaff"));
  }

  private String handleTask(String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("handle-incident")
        .singleResult().getId();
  }

  private void decideTravel(boolean approved) {
    String day = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
        .plusDays(3).toString();
    String id = engine.getRuntimeService().startProcessInstanceByKey("travel-approval", Map.of("requesterId",
        "d1staff", "destination", "Cần Thơ", "departureDate", day, "returnDate", day, "reason", "Công tác")).getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();
    engine.getTaskService().complete(task, approved ? Map.of("approved", true)
        : Map.of("approved", false, "decisionComment", "Chưa cần thiết"));
  }

  private void incident(String unitId, String severity) {
    engine.getRuntimeService().startProcessInstanceByKey("incident-escalation", Map.of("unitId", unitId, "source",
        "INTERNAL", "category", "OTHER", "severity", severity, "summary", "Kiểm tra số liệu"));
  }

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
        .toInstant()));
  }
}
