package vn.gov.congvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.congvu.dashboard.DashboardCases.at;
import static vn.gov.congvu.dashboard.DashboardCases.clock;
import static vn.gov.congvu.dashboard.DashboardCases.rejection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
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
 * The twelve months of trends on a known set of cases, in a database of its own (as {@link DashboardFiguresTest}):
 * counts exact, decision times to the minute in working hours, months in Vietnam time, for the whole city and for
 * district-1's head. Read on Monday 07/12/2026: January to December 2026.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=dashboardtrends",
    "camunda.bpm.webapp.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardTrendsTest extends ApplicationTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Scope DISTRICT_1 = new Scope(Set.of("district-1", "ben-nghe"));

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TrendService trends;

  private DashboardTrends city;
  private DashboardTrends district;

  @BeforeAll
  void fileTheCases() {
    clock(2025, 12, 31, 23, 30);
    trip("d1staff"); // the last minutes of December 2025: before the twelve months
    clock(2026, 1, 1, 0, 10);
    trip("akhead"); // 17:10 on 31/12/2025 in UTC, January in Vietnam

    clock(2026, 1, 15, 9, 0);
    ProcessInstance approvedIn90 = trip("d1staff");
    ProcessInstance rejectedIn120 = trip("bnstaff");
    ProcessInstance passedUpTwice = cases().incident("ben-nghe", "LOW");
    clock(2026, 1, 15, 9, 30);
    cases().decide(passedUpTwice, Map.of(IncidentProcess.VAR_DECISION, "ESCALATE", IncidentProcess.VAR_ACTION_TAKEN,
        "Chuyển lãnh đạo phường"));
    clock(2026, 1, 15, 10, 30);
    cases().decide(approvedIn90, Map.of(TravelProcess.VAR_APPROVED, true));
    cases().runJob(passedUpTwice, "timer-level-deadline"); // the ward head did not act: the clock passes it up
    clock(2026, 1, 15, 11, 0);
    cases().decide(rejectedIn120, rejection());

    clock(2026, 3, 10, 9, 0);
    ProcessInstance rejectedIn45 = trip("akhead");
    ProcessInstance expired = trip("d1staff");
    ProcessInstance resolved = cases().incident("an-khanh", "HIGH");
    clock(2026, 3, 10, 9, 45);
    cases().decide(rejectedIn45, rejection());
    cases().decide(resolved, Map.of(IncidentProcess.VAR_DECISION, "RESOLVED", IncidentProcess.VAR_ACTION_TAKEN, "Đã xử lý"));
    cases().runJob(expired, "timer-departure-reached"); // no head decided before the departure

    clock(2026, 12, 7, 9, 0);
    trip("d1staff");

    jdbc.update("INSERT INTO monthly_report_cycle (period, process_instance_id, started_at, submission_due, status) "
        + "VALUES ('2025-12', 'p0', ?, ?, 'CLOSED'), ('2026-11', 'p11', ?, ?, 'CLOSED'), "
        + "('2026-12', 'p12', ?, ?, 'COLLECTING')", at(2025, 12, 1, 8, 0), at(2025, 12, 31, 17, 0),
        at(2026, 11, 1, 8, 0), at(2026, 11, 30, 17, 0), at(2026, 12, 1, 8, 0), at(2026, 12, 31, 17, 0));
    jdbc.update("INSERT INTO monthly_unit_report (period, unit_id, status, late, submitted_at) VALUES "
        + "('2025-12', 'ben-nghe', 'SUBMITTED', FALSE, ?), "
        + "('2026-11', 'ben-nghe', 'SUBMITTED', FALSE, ?), ('2026-11', 'district-1', 'LATE', TRUE, ?), "
        + "('2026-11', 'an-khanh', 'LATE', TRUE, NULL), ('2026-12', 'ben-nghe', 'PENDING', FALSE, NULL)",
        at(2025, 12, 20, 9, 0), at(2026, 11, 28, 9, 0), at(2026, 12, 2, 9, 0));

    clock(2026, 12, 7, 10, 0);
    TrendMonths twelve = new TrendMonths(YearMonth.of(2026, 12));
    city = trends.trends(twelve, Scope.WHOLE_CITY);
    district = trends.trends(twelve, DISTRICT_1);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twelveMonthsOldestFirstEachNamedAsPeopleReadIt() {
    assertThat(city.from()).isEqualTo("2026-01");
    assertThat(city.to()).isEqualTo("2026-12");
    assertThat(city.months()).extracting(DashboardTrends.Month::label).containsExactly("01/2026", "02/2026",
        "03/2026", "04/2026", "05/2026", "06/2026", "07/2026", "08/2026", "09/2026", "10/2026", "11/2026", "12/2026");
    assertThat(city.wholeCity()).isTrue();
    assertThat(district.units()).containsExactly("ben-nghe", "district-1");
  }

  @Test
  void travelRequestsByMonthOfFilingAndOutcome() {
    assertThat(month(city, "2026-01").travel()).containsExactly(Map.entry("REJECTED", 1), Map.entry("EXPIRED", 0),
        Map.entry("COMPLETED", 0), Map.entry("ISOLATION", 0), Map.entry("RUNNING", 2));
    assertThat(month(city, "2026-03").travel()).containsEntry("REJECTED", 1).containsEntry("EXPIRED", 1)
        .containsEntry("RUNNING", 0);
    assertThat(month(city, "2026-12").travel()).containsEntry("RUNNING", 1).containsEntry("REJECTED", 0);
    assertThat(month(city, "2026-02").travel().values()).containsOnly(0);
    assertThat(city.months()).extracting(m -> m.travel().values().stream().mapToInt(Integer::intValue).sum())
        .containsExactly(3, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1); // not the request of 31/12/2025

    assertThat(month(district, "2026-01").travel()).containsEntry("REJECTED", 1).containsEntry("RUNNING", 1);
    assertThat(month(district, "2026-03").travel()).containsEntry("REJECTED", 0).containsEntry("EXPIRED", 1);
  }

  @Test
  void medianDecisionTimeInWorkingHoursPerMonth() {
    assertThat(month(city, "2026-01").approval()).isEqualTo(new Dashboard.Durations(2, 90L, 120L));
    assertThat(month(city, "2026-03").approval()).isEqualTo(new Dashboard.Durations(1, 45L, 45L));
    assertThat(month(city, "2026-12").approval()).isEqualTo(new Dashboard.Durations(0, null, null));
    assertThat(month(district, "2026-01").approval()).isEqualTo(new Dashboard.Durations(2, 90L, 120L));
    assertThat(month(district, "2026-03").approval()).isEqualTo(new Dashboard.Durations(0, null, null));
  }

  @Test
  void incidentsReportedAndPassedUpByTheClockOrByDecision() {
    assertThat(city.months()).extracting(m -> m.incidents().reported()).containsExactly(1, 0, 1, 0, 0, 0, 0, 0, 0,
        0, 0, 0);
    assertThat(month(city, "2026-01").incidents()).isEqualTo(new DashboardTrends.Incidents(1, 1, 1));
    assertThat(month(city, "2026-03").incidents()).isEqualTo(new DashboardTrends.Incidents(1, 0, 0));
    assertThat(month(district, "2026-01").incidents()).isEqualTo(new DashboardTrends.Incidents(1, 1, 1));
    assertThat(month(district, "2026-03").incidents()).isEqualTo(new DashboardTrends.Incidents(0, 0, 0));
  }

  @Test
  void monthlyReportsOnTimeLateAndMissingPerPeriod() {
    assertThat(city.months()).extracting(DashboardTrends.Month::period, DashboardTrends.Month::reports)
        .contains(tuple("2026-11", new DashboardTrends.Reports(1, 1, 1, 0)),
            tuple("2026-12", new DashboardTrends.Reports(0, 0, 0, 1)),
            tuple("2026-01", new DashboardTrends.Reports(0, 0, 0, 0)));
    assertThat(month(district, "2026-11").reports()).isEqualTo(new DashboardTrends.Reports(1, 1, 0, 0));
  }

  private static DashboardTrends.Month month(DashboardTrends trends, String period) {
    return trends.months().stream().filter(m -> m.period().equals(period)).findFirst().orElseThrow();
  }

  private ProcessInstance trip(String requester) {
    return cases().trip(requester, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), VN).plusDays(10));
  }

  private DashboardCases cases() {
    return new DashboardCases(engine);
  }
}
