package vn.gov.congvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.congvu.dashboard.DashboardCases.at;
import static vn.gov.congvu.dashboard.DashboardCases.clock;
import static vn.gov.congvu.dashboard.DashboardCases.rejection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import vn.gov.congvu.dashboard.DashboardAudience.Scope;
import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.travel.TravelProcess;

/**
 * Each figure of the dashboard on a known set of cases, in a database of its own (the property gives this class its
 * own application context, closed after it): counts exact, durations to the minute, for the whole city and for district-1's head.
 * Thursday 03/12/2026 09:00 four travel requests and three incidents are filed; the figures are read on Monday
 * 07/12/2026 at 10:00, after a fourth incident at 09:30.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// An engine of its own name and no webapps: Camunda finds engines by name and keeps the webapps' engine lookup in a
// static, so a second "default" or second webapps in this JVM would take them from the shared context's tests.
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=dashboardfigures",
    "camunda.bpm.webapp.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardFiguresTest extends ApplicationTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DashboardRange WEEK = new DashboardRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));
  private static final Scope DISTRICT_1 = new Scope(Set.of("district-1", "ben-nghe"));

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DashboardService dashboard;

  private ProcessInstance overdueTrip;
  private ProcessInstance openCritical;
  private ProcessInstance dueSoonIncident;
  private Dashboard city;
  private Dashboard district;

  @BeforeAll
  void fileTheCases() {
    clock(2026, 12, 3, 9, 0);
    ProcessInstance approved = trip("d1staff");
    ProcessInstance rejectedInAnHour = trip("bnstaff");
    ProcessInstance rejectedInFourHours = trip("akhead");
    overdueTrip = trip("d1staff");
    ProcessInstance escalatedTwice = cases().incident("ben-nghe", "LOW");
    ProcessInstance resolvedAtOnce = cases().incident("district-1", "HIGH");
    openCritical = cases().incident("an-khanh", "CRITICAL");

    clock(2026, 12, 3, 9, 30);
    cases().decide(escalatedTwice, Map.of(IncidentProcess.VAR_DECISION, "ESCALATE", IncidentProcess.VAR_ACTION_TAKEN,
        "Chuyển lãnh đạo phường"));
    clock(2026, 12, 3, 9, 45);
    cases().decide(resolvedAtOnce, Map.of(IncidentProcess.VAR_DECISION, "RESOLVED", IncidentProcess.VAR_ACTION_TAKEN,
        "Đã xử lý"));
    clock(2026, 12, 3, 10, 0);
    cases().decide(rejectedInAnHour, rejection());
    String timer = engine.getManagementService().createJobQuery().processInstanceId(escalatedTwice.getId())
        .activityId("timer-level-deadline").singleResult().getId();
    engine.getManagementService().executeJob(timer); // the ward head did not act: the clock passes it up
    clock(2026, 12, 3, 11, 0);
    cases().decide(escalatedTwice, Map.of(IncidentProcess.VAR_DECISION, "RESOLVED", IncidentProcess.VAR_ACTION_TAKEN,
        "Quận đã xử lý"));
    clock(2026, 12, 3, 11, 30);
    cases().decide(approved, Map.of(TravelProcess.VAR_APPROVED, true));
    clock(2026, 12, 3, 14, 0);
    cases().decide(rejectedInFourHours, rejection()); // five hours over the lunch break: three and a half working hours

    jdbc.update("INSERT INTO violation (user_id, unit_id, type, recorded_at, details, process_instance_id, "
        + "source_key) VALUES ('bnstaff', 'ben-nghe', 'LATE_HEALTH_DECLARATION', ?, '', 'x1', 'k'), "
        + "('akhead', 'an-khanh', 'LATE_HEALTH_DECLARATION', ?, '', 'x2', 'k'), "
        + "('d1staff', 'district-1', 'LATE_HEALTH_DECLARATION', ?, '', 'x3', 'k')",
        at(2026, 12, 4, 8, 0), at(2026, 12, 5, 8, 0), at(2026, 11, 30, 23, 0)); // the last one before the range
    jdbc.update("INSERT INTO monthly_report_cycle (period, process_instance_id, started_at, submission_due, status) "
        + "VALUES ('2026-12', 'p12', ?, ?, 'COLLECTING'), ('2026-11', 'p11', ?, ?, 'CLOSED')",
        at(2026, 12, 1, 8, 0), at(2026, 12, 31, 17, 0), at(2026, 11, 1, 8, 0), at(2026, 11, 30, 17, 0));
    jdbc.update("INSERT INTO monthly_unit_report (period, unit_id, status, late, grade) VALUES "
        + "('2026-12', 'ben-nghe', 'SUBMITTED', FALSE, NULL), ('2026-12', 'an-khanh', 'PENDING', FALSE, NULL), "
        + "('2026-11', 'ben-nghe', 'LATE', TRUE, 'C'), ('2026-11', 'district-1', 'SUBMITTED', FALSE, 'A')");

    clock(2026, 12, 7, 9, 30);
    dueSoonIncident = cases().incident("district-1", "HIGH"); // due at 13:30
    clock(2026, 12, 7, 10, 0);
    city = dashboard.figures(WEEK, Scope.WHOLE_CITY);
    district = dashboard.figures(WEEK, DISTRICT_1);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void openOverdueAndDueSoonTasksPerUnit() {
    assertThat(city.tasks().byUnit()).extracting(Dashboard.TaskLoad::id, l -> l.open().count(),
        l -> l.overdue().count(), l -> l.dueSoon().count())
        .containsExactlyInAnyOrder(tuple("district-1", 2, 1, 1), tuple("an-khanh", 1, 1, 0),
            tuple("home-affairs", 1, 1, 0)); // the urgent report, due within a working hour of 09:00 on the 3rd
    Dashboard.TaskLoad district1 = city.tasks().byUnit().stream().filter(l -> l.id().equals("district-1"))
        .findFirst().orElseThrow();
    assertThat(district1.name()).isEqualTo("Ủy ban nhân dân Quận 1");
    assertThat(district1.overdue().cases()).extracting(Dashboard.CaseLink::processInstanceId)
        .containsExactly(overdueTrip.getId());
    assertThat(district1.overdue().cases().get(0).reference()).isEqualTo(overdueTrip.getBusinessKey());
    assertThat(district1.dueSoon().cases()).extracting(Dashboard.CaseLink::processInstanceId)
        .containsExactly(dueSoonIncident.getId());
    assertThat(district.tasks().byUnit()).extracting(Dashboard.TaskLoad::id).containsExactly("district-1");
  }

  @Test
  void openOverdueAndDueSoonTasksPerProcess() {
    assertThat(city.tasks().byProcess()).extracting(Dashboard.TaskLoad::id, l -> l.open().count(),
        l -> l.overdue().count(), l -> l.dueSoon().count())
        .containsExactlyInAnyOrder(tuple(TravelProcess.KEY, 1, 1, 0), tuple(IncidentProcess.KEY, 3, 2, 1));
    assertThat(district.tasks().byProcess()).extracting(Dashboard.TaskLoad::id, l -> l.open().count())
        .containsExactlyInAnyOrder(tuple(TravelProcess.KEY, 1), tuple(IncidentProcess.KEY, 1));
  }

  @Test
  void openIncidentsByLevelAndSeverity() {
    assertThat(city.incidents().open()).extracting(Dashboard.OpenIncidents::level, Dashboard.OpenIncidents::severity,
        o -> o.cases().count()) // An Khánh has no duty officer: its cases start with its head
        .containsExactly(tuple("UNIT_DUTY", "HIGH", 1), tuple("UNIT_HEAD", "CRITICAL", 1));
    assertThat(city.incidents().open().get(1).cases().cases()).extracting(Dashboard.CaseLink::processInstanceId)
        .containsExactly(openCritical.getId());
    assertThat(district.incidents().open()).extracting(Dashboard.OpenIncidents::severity).containsExactly("HIGH");
  }

  @Test
  void escalationsByTheClockAndByDecisionPerLevel() {
    assertThat(city.incidents().escalations()).extracting(Dashboard.LevelEscalations::level,
        Dashboard.LevelEscalations::byClock, Dashboard.LevelEscalations::byDecision)
        .containsExactly(tuple("UNIT_DUTY", 0, 1), tuple("UNIT_HEAD", 1, 0), tuple("DISTRICT", 0, 0),
            tuple("HOME_AFFAIRS", 0, 0), tuple("CITY", 0, 0));
  }

  @Test
  void timeToResolutionPerSeverity() {
    assertThat(city.incidents().resolution()).containsEntry("LOW", new Dashboard.Durations(1, 120L, 120L))
        .containsEntry("HIGH", new Dashboard.Durations(1, 45L, 45L))
        .containsEntry("CRITICAL", new Dashboard.Durations(0, null, null));
  }

  @Test
  void travelRequestsByOutcomeAndApprovalTime() {
    assertThat(city.travel().outcomes()).containsEntry("REJECTED", 2).containsEntry("RUNNING", 2)
        .containsEntry("COMPLETED", 0).containsEntry("EXPIRED", 0).containsEntry("ISOLATION", 0);
    assertThat(city.travel().approval()).isEqualTo(new Dashboard.Durations(3, 150L, 210L));
    assertThat(district.travel().outcomes()).containsEntry("REJECTED", 1).containsEntry("RUNNING", 2);
    assertThat(district.travel().approval()).isEqualTo(new Dashboard.Durations(2, 60L, 150L));
  }

  @Test
  void lateDeclarationsInTheRangeAndPeopleUnderMonitoring() {
    assertThat(city.travel().lateDeclarations()).isEqualTo(2);
    assertThat(district.travel().lateDeclarations()).isEqualTo(1);
    assertThat(city.travel().underMonitoring().count()).isZero();
  }

  @Test
  void monthlyReportsOfThisAndLastMonth() {
    assertThat(city.reporting()).extracting(Dashboard.ReportingPeriod::period).containsExactly("2026-12", "2026-11");
    assertThat(city.reporting().get(0).units()).extracting(Dashboard.UnitStatus::unitId, Dashboard.UnitStatus::status)
        .containsExactly(tuple("an-khanh", "PENDING"), tuple("ben-nghe", "SUBMITTED"));
    assertThat(district.reporting().get(1).units()).extracting(Dashboard.UnitStatus::unitName,
        Dashboard.UnitStatus::status, Dashboard.UnitStatus::late, Dashboard.UnitStatus::grade)
        .containsExactly(tuple("Ủy ban nhân dân Phường Bến Nghé", "LATE", true, "C"),
            tuple("Ủy ban nhân dân Quận 1", "SUBMITTED", false, "A"));
  }

  private ProcessInstance trip(String requester) {
    return cases().trip(requester, LocalDate.of(2026, 12, 10));
  }

  private DashboardCases cases() {
    return new DashboardCases(engine);
  }
}
