package vn.gov.congvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.gov.congvu.dashboard.DashboardAudience.Scope;
import vn.gov.congvu.incident.IncidentProcess;
import vn.gov.congvu.incident.LevelAction;
import vn.gov.congvu.travel.TravelProcess;

/**
 * The trends' SQL on PostgreSQL, the production database (the other tests run on H2): Camunda's own history tables
 * and the application's migrations; a request and an incident filed on 01/03/2026 at 00:30 in Vietnam (still
 * February in UTC); each query for the whole city, for district-1's head and for Thủ Đức's.
 */
class TrendQueriesOnPostgresTest {

  private static final TrendMonths TWELVE = new TrendMonths(YearMonth.of(2026, 12));
  private static final Scope DISTRICT_1 = new Scope(Set.of("ben-nghe", "district-1"));
  private static final Scope THU_DUC = new Scope(Set.of("thu-duc", "an-khanh"));

  @TempDir
  static Path temp;
  private static EmbeddedPostgres postgres;
  private static TrendRepository repository;

  @BeforeAll
  static void database() throws Exception {
    postgres = EmbeddedPostgres.builder().setDataDirectory(temp.resolve("pg")).setCleanDataDirectory(true).start();
    DataSource data = postgres.getPostgresDatabase();
    new ResourceDatabasePopulator(new ClassPathResource(
        "org/camunda/bpm/engine/db/create/activiti.postgres.create.history.sql")).execute(data);
    Flyway.configure().dataSource(data).locations("classpath:db/migration").baselineOnMigrate(true).baselineVersion("0")
        .load().migrate(); // as the application: Camunda's tables first
    JdbcTemplate jdbc = new JdbcTemplate(data);
    Timestamp filed = Timestamp.from(LocalDateTime.of(2026, 3, 1, 0, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
        .toInstant());
    jdbc.update("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_ID_, PROC_DEF_KEY_, START_TIME_) VALUES "
        + "('t1', 't1', 'd1', ?, ?), ('i1', 'i1', 'd2', ?, ?)", TravelProcess.KEY, filed, IncidentProcess.KEY, filed);
    String history = "10/03/2026 00:30 | UNIT_DUTY | bnduty"
        + LevelAction.marker(LevelAction.Kind.ESCALATED_BY_DECISION) + "x\n10/03/2026 09:30 | UNIT_HEAD | hệ thống"
        + LevelAction.marker(LevelAction.Kind.ESCALATED_BY_CLOCK);
    jdbc.update("INSERT INTO ACT_HI_VARINST (ID_, PROC_INST_ID_, NAME_, TEXT_) VALUES ('v1', 't1', ?, 'ben-nghe'), "
        + "('v2', 't1', ?, 'REJECTED'), ('v3', 'i1', ?, 'ben-nghe'), ('v4', 'i1', ?, ?)", TravelProcess.VAR_UNIT_ID,
        TravelProcess.VAR_OUTCOME, IncidentProcess.VAR_UNIT_ID, IncidentProcess.VAR_HISTORY, history);
    jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, PROC_INST_ID_, TASK_DEF_KEY_, START_TIME_, END_TIME_, "
        + "DELETE_REASON_) VALUES ('k1', 't1', ?, ?, ?, 'completed')", TravelProcess.TASK_APPROVE, filed, filed);
    jdbc.update("INSERT INTO monthly_report_cycle (period, process_instance_id, started_at, submission_due, status) "
        + "VALUES ('2026-03', 'p3', ?, ?, 'CLOSED')", filed, filed);
    jdbc.update("INSERT INTO monthly_unit_report (period, unit_id, status, late, submitted_at) VALUES "
        + "('2026-03', 'ben-nghe', 'LATE', TRUE, ?), ('2026-03', 'thu-duc', 'LATE', TRUE, NULL)", filed);
    repository = new TrendRepository(JdbcClient.create(data));
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void casesCountInTheirMonthInVietnamTime() {
    for (Scope scope : new Scope[] {Scope.WHOLE_CITY, DISTRICT_1}) {
      assertThat(repository.travelOutcomes(TWELVE, scope)).containsExactly(new TrendRepository.Count(2, "REJECTED", 1));
      assertThat(repository.incidents(TWELVE, scope)).containsExactly(new TrendRepository.IncidentMonth(2, 1, 1, 1));
      assertThat(repository.approvals(TWELVE, scope)).extracting(TrendRepository.Approval::month).containsExactly(2);
    }
    assertThat(repository.travelOutcomes(TWELVE, THU_DUC)).isEmpty();
    assertThat(repository.incidents(TWELVE, THU_DUC)).isEmpty();
    assertThat(repository.approvals(TWELVE, THU_DUC)).isEmpty();
  }

  @Test
  void reportsByPeriodAndWhereTheyStand() {
    assertThat(repository.reports(TWELVE, Scope.WHOLE_CITY)).containsExactly(
        new TrendRepository.ReportsMonth("2026-03", new DashboardTrends.Reports(0, 1, 1, 0)));
    assertThat(repository.reports(TWELVE, DISTRICT_1)).containsExactly(
        new TrendRepository.ReportsMonth("2026-03", new DashboardTrends.Reports(0, 1, 0, 0)));
  }
}
