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

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two application JVMs on one real PostgreSQL 16 and a local SMTP server: they start at the same moment on an empty
 * database, open the same monthly period at the same moment, come back after both were down over a month-end, and
 * carry a load of escalating incidents through a kill -9 of one node and a 20 s database outage. Prints a table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Duration STARTUP = Duration.ofMinutes(4);

  @TempDir
  static Path temp;

  private static final Duration SLA = Duration.ofSeconds(20);
  private static final int LOAD = 150;
  private static final int TRAVEL_LOAD = 100;

  private static EmbeddedPostgres postgres;
  private static int postgresPort;
  private static GreenMail mail;
  private static JdbcTemplate db;
  private static final List<ClusterNode> NODES = new ArrayList<>();
  private static final Map<String, Object> TABLE = new LinkedHashMap<>();

  @BeforeAll
  static void startDatabase() throws IOException {
    postgresPort = freePort();
    postgres = startPostgres();
    mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
        "DB_URL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "DB_USER", "postgres",
        "DB_PASSWORD", "", "MAIL_HOST", "127.0.0.1", "MAIL_PORT", Integer.toString(mail.getSmtp().getPort()),
        "NOTIFICATION_POLL", "PT2S",
        // Deadlines and job locks shortened so that escalations and a crashed node's jobs show within minutes.
        "APP_INCIDENT_SLAOVERRIDE", SLA.toString(), "APP_CALENDAR_WORKINGTIMEOVERRIDE", SLA.toString(),
        "CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", "20000");
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
    if (mail != null) {
      mail.stop();
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
    // Two months back, the city having used the application for seventy days: a period may be opened from the
    // installation's month to the current month, and neither this month (caught up at start in its last days) nor
    // last month (the month-end missed in test 3) may be touched here.
    db.update("UPDATE app_installation SET started_at = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(70))));
    String period = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(2).toString();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(NODES.size());
    List<Future<Integer>> statuses = new ArrayList<>();
    for (ClusterNode node : NODES) {
      statuses.add(pool.submit(() -> {
        go.await();
        return node.post("/api/monthly-reports", "hahead", "{\"period\":\"" + period + "\"}").statusCode();
      }));
    }
    go.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      codes.add(status.get());
    }
    pool.shutdown();

    int instances = db.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ? "
        + "AND proc_def_key_ = 'monthly-reporting'", Integer.class, period); // the districts' reports it calls aside
    TABLE.put("same period on both nodes: responses", codes);
    TABLE.put("same period on both nodes: instances", instances);
    assertThat(codes).containsExactlyInAnyOrder(201, 409);
    assertThat(instances).isEqualTo(1);
    assertThat(db.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'submit-unit-report' "
        + "AND proc_inst_id_ IN (SELECT id_ FROM act_hi_procinst WHERE business_key_ = ?)", Integer.class, period))
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
    // This month's cycle is caught up too when its opening has passed (the last days of a month).
    assertThat(db.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE kind = 'MONTHLY_REPORT_CAUGHT_UP' "
        + "AND subject = ?", Integer.class, "Mở bù kỳ báo cáo tháng " + YearMonth.parse(previous)
        .format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")))).isEqualTo(1);
  }

  @Test
  @Order(4)
  void underLoadWithANodeKilledAndTheDatabaseDownNothingIsLostOrDoubled() throws Exception {
    ClusterNode first = NODES.get(0);
    ClusterNode second = NODES.get(1);
    second.start();
    second.awaitReady(STARTUP);

    List<String> instances = new ArrayList<>();
    for (int i = 0; i < LOAD; i++) {
      var response = NODES.get(i % 2).post("/api/incidents", "bnduty", "{\"unitId\":\"ben-nghe\",\"source\":"
          + "\"INTERNAL\",\"category\":\"OTHER\",\"severity\":\"LOW\",\"summary\":\"Tải thử " + i + "\"}");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      instances.add(response.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1"));
    }
    List<String> trips = new ArrayList<>();
    String departure = java.time.LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3).toString();
    for (int i = 0; i < TRAVEL_LOAD; i++) {
      var response = NODES.get(i % 2).post("/api/travel-requests", "d1staff", "{\"requesterId\":\"d1staff\","
          + "\"destination\":\"Cần Thơ\",\"departureDate\":\"" + departure + "\",\"returnDate\":\""
          + departure + "\",\"reason\":\"Tải thử " + i + "\"}");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      trips.add(response.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1"));
    }
    Thread.sleep(SLA.plusSeconds(8).toMillis()); // the first deadlines fall due on both nodes
    second.kill(); // kill -9 while it executes jobs: its locked jobs wait for the lock to expire
    Thread.sleep(5000);

    postgres.close(); // PostgreSQL down for 20 s under load
    Thread.sleep(5000);
    int readinessDuringOutage = first.get("/actuator/health/readiness", null).statusCode();
    int livenessDuringOutage = first.get("/actuator/health/liveness", null).statusCode();
    Thread.sleep(15_000);
    postgres = startPostgres();
    Instant back = Instant.now();
    first.awaitReady(Duration.ofMinutes(2));
    long recovery = Duration.between(back, Instant.now()).toSeconds();
    second.start();
    second.awaitReady(STARTUP);

    // Let the deadlines run past the chain's top (4 escalations for a ward) on both nodes, then stop cleanly.
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(until) && minEscalations(instances) < 4) {
      Thread.sleep(2000);
    }
    Thread.sleep(5000);
    first.stop();
    second.stop();

    int alive = count("SELECT COUNT(*) FROM act_ru_execution WHERE parent_id_ IS NULL AND proc_inst_id_ IN (%s)",
        instances);
    int fired = count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'timer-level-deadline' "
        + "AND end_time_ IS NOT NULL AND proc_inst_id_ IN (%s)", instances);
    int breaches = count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'record-sla-breach' "
        + "AND end_time_ IS NOT NULL AND proc_inst_id_ IN (%s)", instances);
    int due = count("SELECT COUNT(*) FROM act_ru_job WHERE duedate_ < CURRENT_TIMESTAMP - INTERVAL '30 seconds' "
        + "AND process_instance_id_ IN (%s)", instances);
    int tasks = count("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'handle-incident' "
        + "AND proc_inst_id_ IN (%s)", instances);
    int incidents = db.queryForObject("SELECT COUNT(*) FROM act_ru_incident", Integer.class);
    int tripsAlive = count("SELECT COUNT(*) FROM act_ru_execution WHERE parent_id_ IS NULL AND proc_inst_id_ IN (%s)",
        trips);
    int approvalEscalations = count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'escalate-approval' "
        + "AND end_time_ IS NOT NULL AND proc_inst_id_ IN (%s)", trips);
    int approvalTasks = count("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'approve-travel' "
        + "AND proc_inst_id_ IN (%s)", trips);
    int inconsistent = inconsistentLevels(instances);
    int mailDuplicates = mailDuplicates();

    TABLE.put("instances (incidents + travel) started", (instances.size() + trips.size()));
    TABLE.put("incidents still running / travel requests still running", alive + " / " + tripsAlive);
    TABLE.put("incident timers fired / breaches recorded", fired + " / " + breaches);
    TABLE.put("travel approval timers due / fired once each", trips.size() + " / " + approvalEscalations);
    TABLE.put("timers due >30 s and not fired at the end", due);
    TABLE.put("duplicates (tasks over 1 per instance, level drift)", (tasks - alive) + ", " + inconsistent);
    TABLE.put("mails delivered twice", mailDuplicates);
    TABLE.put("lost instances", instances.size() - alive + trips.size() - tripsAlive);
    TABLE.put("engine incidents", incidents);
    TABLE.put("readiness / liveness during the outage", readinessDuringOutage + " / " + livenessDuringOutage);
    TABLE.put("recovery after the 20 s database outage (s)", recovery);
    TABLE.put("mails delivered", mail.getReceivedMessages().length);

    assertThat(readinessDuringOutage).isEqualTo(503); // out of the proxy's rotation, not restarted
    assertThat(livenessDuringOutage).isEqualTo(200);
    assertThat(alive).isEqualTo(instances.size());
    assertThat(tasks).isEqualTo(alive);
    assertThat(tripsAlive).isEqualTo(trips.size());
    assertThat(approvalEscalations).isEqualTo(trips.size());
    assertThat(approvalTasks).isEqualTo(trips.size());
    assertThat(fired).isEqualTo(breaches).isGreaterThanOrEqualTo(LOAD * 4);
    assertThat(inconsistent).isZero();
    assertThat(incidents).as(db.queryForList("SELECT activity_id_, proc_def_id_, incident_msg_ FROM act_ru_incident")
        .toString()).isZero();
    assertThat(mailDuplicates).isZero();
    assertThat(due).isZero();
  }

  /** The lowest number of escalations among the instances (4 = every ward case has reached the City). */
  private static int minEscalations(List<String> instances) {
    Integer min = db.queryForObject(String.format("SELECT MIN(long_) FROM act_ru_variable WHERE name_ = "
        + "'escalations' AND proc_inst_id_ IN (%s)", placeholders(instances)), Integer.class, instances.toArray());
    return min == null ? 0 : min;
  }

  /** Instances whose escalation count is not what their recorded breaches make it: a lost or doubled step. */
  private static int inconsistentLevels(List<String> instances) {
    int wrong = 0;
    for (String id : instances) {
      int breaches = db.queryForObject("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'record-sla-breach' "
          + "AND end_time_ IS NOT NULL AND proc_inst_id_ = ?", Integer.class, id);
      Integer escalations = db.queryForObject("SELECT long_ FROM act_ru_variable WHERE name_ = 'escalations' "
          + "AND proc_inst_id_ = ?", Integer.class, id);
      wrong += escalations != null && escalations == Math.min(breaches, 4) ? 0 : 1;
    }
    return wrong;
  }

  /** Copies of one outbox row beyond its addressees: the same notification mailed twice. */
  private static int mailDuplicates() throws Exception {
    Map<String, Integer> copies = new LinkedHashMap<>();
    Map<String, Integer> addressees = new LinkedHashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      String id = message.getHeader("X-Congvu-Notification", null);
      copies.merge(id, 1, Integer::sum);
      addressees.put(id, message.getAllRecipients().length);
    }
    int duplicates = 0;
    for (Map.Entry<String, Integer> entry : copies.entrySet()) {
      duplicates += Math.max(0, entry.getValue() - addressees.get(entry.getKey()));
    }
    return duplicates;
  }

  private static int count(String sql, List<String> instances) {
    return db.queryForObject(String.format(sql, placeholders(instances)), Integer.class, instances.toArray());
  }

  private static String placeholders(List<String> values) {
    return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
  }

  private static EmbeddedPostgres startPostgres() throws IOException {
    EmbeddedPostgres started = EmbeddedPostgres.builder().setDataDirectory(temp.resolve("pg"))
        .setCleanDataDirectory(false).setPort(postgresPort).start();
    db = new JdbcTemplate(started.getPostgresDatabase());
    return started;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
