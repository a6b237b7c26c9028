package vn.gov.congvu.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two application JVMs on one real PostgreSQL 16: they start at the same moment on an empty database, open the same
 * monthly period at the same moment, and come back after both were down over a month-end. Prints a table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Duration STARTUP = Duration.ofMinutes(4);

  @TempDir
  static Path temp;

  private static EmbeddedPostgres postgres;
  private static JdbcTemplate db;
  private static final List<ClusterNode> NODES = new ArrayList<>();
  private static final Map<String, Object> TABLE = new LinkedHashMap<>();

  @BeforeAll
  static void startDatabase() throws IOException {
    postgres = EmbeddedPostgres.builder().setDataDirectory(temp.resolve("pg")).setCleanDataDirectory(true)
        .setPort(freePort()).start();
    DataSource dataSource = postgres.getPostgresDatabase();
    db = new JdbcTemplate(dataSource);
    Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
        "DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "DB_USER", "postgres",
        "DB_PASSWORD", "", "MAIL_PORT", Integer.toString(freePort()), "NOTIFICATION_POLL", "PT1H");
    NODES.add(new ClusterNode("node1", freePort(), environment));
    NODES.add(new ClusterNode("node2", freePort(), environment));
  }

  @AfterAll
  static void stopAll() throws Exception {
    for (ClusterNode node : NODES) {
      node.kill();
    }
    if (postgres != null) {
      postgres.close();
    }
    System.out.println("\nCluster checks (2 nodes, PostgreSQL 16)");
    TABLE.forEach((check, value) -> System.out.printf("  %-48s %s%n", check, value));
  }

  @Test
  @Order(1)
  void twoNodesStartingTogetherOnAnEmptyDatabaseMakeOneSchemaOneDeploymentAndOneAdministrator() throws Exception {
    for (ClusterNode node : NODES) {
      node.start();
    }
    for (ClusterNode node : NODES) {
      node.awaitReady(STARTUP);
    }

    int versions = db.queryForObject("SELECT COUNT(*) FROM act_re_procdef WHERE key_ = 'travel-approval'",
        Integer.class);
    int admins = db.queryForObject("SELECT COUNT(*) FROM act_id_membership WHERE group_id_ = 'camunda-admin'",
        Integer.class);
    int migrations = db.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class);
    int distinctMigrations = db.queryForObject("SELECT COUNT(DISTINCT version) FROM flyway_schema_history "
        + "WHERE success", Integer.class);
    TABLE.put("nodes ready after a simultaneous cold start", NODES.size());
    TABLE.put("travel-approval definitions (one per version)", versions);
    TABLE.put("administrators in camunda-admin", admins);
    TABLE.put("flyway migrations applied / distinct", migrations + " / " + distinctMigrations);
    assertThat(versions).isEqualTo(1);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_re_procdef WHERE key_ = 'monthly-reporting'",
        Integer.class)).isEqualTo(1);
    assertThat(admins).isEqualTo(1);
    assertThat(migrations).isEqualTo(distinctMigrations);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_id_user", Integer.class)).isEqualTo(14);
    for (ClusterNode node : NODES) {
      assertThat(node.get("/api/me", "d1head").statusCode()).isEqualTo(200);
    }
  }

  @Test
  @Order(2)
  void theSamePeriodOpenedOnBothNodesAtOnceMakesOneCycle() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(NODES.size());
    List<Future<Integer>> statuses = new ArrayList<>();
    for (ClusterNode node : NODES) {
      statuses.add(pool.submit(() -> {
        go.await();
        return node.post("/api/monthly-reports", "hahead", "{\"period\":\"2031-07\"}").statusCode();
      }));
    }
    go.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      codes.add(status.get());
    }
    pool.shutdown();

    int instances = db.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = '2031-07'",
        Integer.class);
    TABLE.put("same period on both nodes: responses", codes);
    TABLE.put("same period on both nodes: instances", instances);
    assertThat(codes).containsExactlyInAnyOrder(201, 409);
    assertThat(instances).isEqualTo(1);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'submit-unit-report' "
        + "AND proc_inst_id_ IN (SELECT id_ FROM act_hi_procinst WHERE business_key_ = '2031-07')", Integer.class))
        .isEqualTo(6);
  }

  @Test
  @Order(3)
  void aMonthEndMissedWhileBothNodesWereDownIsProducedOnRestart() throws Exception {
    for (ClusterNode node : NODES) {
      node.stop();
    }
    // Installed three months ago: last month's month-end fell while the cluster was down.
    db.update("UPDATE app_installation SET started_at = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(92))));
    String previous = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString();
    assertThat(db.queryForObject("SELECT COUNT(*) FROM monthly_report_cycle WHERE period = ?", Integer.class,
        previous)).isZero();

    ClusterNode node = NODES.get(0);
    node.start();
    node.awaitReady(STARTUP);

    int cycles = db.queryForObject("SELECT COUNT(*) FROM monthly_report_cycle WHERE period = ?", Integer.class,
        previous);
    TABLE.put("missed month-end " + previous + " produced on restart", cycles);
    assertThat(cycles).isEqualTo(1);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE kind = 'MONTHLY_REPORT_CAUGHT_UP'",
        Integer.class)).isEqualTo(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
