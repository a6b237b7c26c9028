package vn.gov.congvu.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.gov.congvu.support.StandaloneApplication;
import vn.gov.congvu.tasklist.TaskQueryTuning;

/**
 * What each process costs against the bare engine on the same machine in the same run, on the H2 file database and
 * on PostgreSQL: medians over rounds, every figure a ratio to the floor measured alongside it. Outside the normal
 * test run: {@code mvn -Pbench test}. Writes target/benchmark/results.json and prints a table; asserts nothing about
 * speed (the machines are shared and noisy).
 */
class ProcessBenchmark {

  private static final int ROUNDS = 5;
  private static final int FLOOR_PER_ROUND = 100;
  private static final int PATHS_PER_ROUND = 15;
  /** What to measure and where; all of it by default (-Dbench.sections=monthend -Dbench.databases=h2 for one). */
  private static final List<String> SECTIONS = List.of(System.getProperty("bench.sections",
      "paths,durability,monthend,deadlines,tasklist,dashboard,directory").split(","));
  /** The sections measured on the demo application; "directory" starts one of its own, without the demo. */
  private static final List<String> PROCESS_SECTIONS = List.of("paths", "monthend", "deadlines", "tasklist",
      "dashboard");
  private static final List<String> DATABASES = List.of(System.getProperty("bench.databases", "h2,postgres")
      .split(","));
  /** The city: generated units (wards), escalation timers due at once, open tasks behind the unit task list. */
  private static final int UNITS = Integer.getInteger("bench.units", 1_000);
  private static final int TIMERS = Integer.getInteger("bench.timers", 5_000);
  private static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 100_000);
  /** The city a directory import brings in (issue 20): 1,000 units and 50,000 staff. */
  private static final int CITY_UNITS = Integer.getInteger("bench.cityUnits", 1_000);
  private static final int CITY_STAFF = Integer.getInteger("bench.cityStaff", 50_000);
  private static final int DEADLINE_ROUNDS = 4;
  /** Finished cases in history behind the operations dashboard (issue 19). */
  private static final int FINISHED_CASES = Integer.getInteger("bench.history", 100_000);

  @TempDir
  Path temp;

  @Test
  void measure() throws Exception {
    Map<String, Object> results = new LinkedHashMap<>();
    if (DATABASES.contains("h2")) {
      results.put("h2", measure("h2", StandaloneApplication.args(temp.resolve("h2"), "bench-h2",
          "--app.notification.sender-enabled=false"), StandaloneApplication.args(temp.resolve("h2-directory"),
          "bench-h2-directory", "--app.notification.sender-enabled=false", "--app.demo.enabled=false",
          "--logging.level.vn.gov.congvu.directory=INFO")));
    }
    if (DATABASES.contains("h2") && SECTIONS.contains("durability")) {
      results.put("h2WriteDelay", new WriteDelayBenchmark(temp).measure(ROUNDS));
    }
    if (DATABASES.contains("postgres")) {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(temp.resolve("pg"))
          .setCleanDataDirectory(true);
      String explain = System.getProperty("bench.explain");
      if (explain != null) { // plans of statements slower than 10 ms, to this file
        builder.setServerConfig("shared_preload_libraries", "auto_explain")
            .setServerConfig("auto_explain.log_min_duration", "10").setServerConfig("auto_explain.log_analyze", "on")
            .setErrorRedirector(ProcessBuilder.Redirect.to(new java.io.File(explain)))
            .setOutputRedirector(ProcessBuilder.Redirect.to(new java.io.File(explain)));
      }
      try (EmbeddedPostgres postgres = builder.start()) {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE directory");
        results.put("postgres", measure("postgres", postgresArgs(postgres, "postgres", "bench-pg"),
            postgresArgs(postgres, "directory", "bench-pg-directory", "--app.demo.enabled=false",
                "--logging.level.vn.gov.congvu.directory=INFO")));
      }
    }
    Path out = Path.of("target", "benchmark");
    Files.createDirectories(out);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(),
        results);
    print(results);
  }

  private String[] postgresArgs(EmbeddedPostgres postgres, String database, String engine, String... extra) {
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database,
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--app.notification.sender-enabled=false"));
    args.addAll(List.of(extra));
    return StandaloneApplication.args(temp.resolve("pgapp-" + database), engine, args.toArray(String[]::new));
  }

  private Map<String, Object> measure(String database, String[] args, String[] directoryArgs) throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    if (SECTIONS.stream().anyMatch(PROCESS_SECTIONS::contains)) {
      figures.putAll(measureProcesses(database, args));
    }
    if (SECTIONS.contains("directory")) {
      try (ConfigurableApplicationContext app = StandaloneApplication.builder().run(directoryArgs)) {
        new DirectoryImportBenchmark(app).measure(CITY_UNITS, CITY_STAFF)
            .forEach((key, value) -> figures.put("directory." + key, value));
      }
    }
    figures.put("database", database);
    return figures;
  }

  private Map<String, Object> measureProcesses(String database, String[] args) throws Exception {
    long startNanos = System.nanoTime();
    Map<String, Object> figures = new LinkedHashMap<>();
    try (ConfigurableApplicationContext app = StandaloneApplication.builder().run(args)) {
      figures.put("startupSeconds", round((System.nanoTime() - startNanos) / 1e9));
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      HappyPaths paths = new HappyPaths(engine);
      paths.deployFloor();
      warmUp(paths);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      if (SECTIONS.contains("paths")) {
        figures.putAll(happyPaths(paths));
        if (StatementCounts.supported(jdbc)) {
          figures.putAll(new StatementCounts(jdbc).perTask(paths));
        }
      }
      List<String> city = CityDirectory.generate(jdbc, UNITS);
      if (SECTIONS.contains("monthend")) {
        // The same city three times, in this order (each later cycle runs on a bigger database): every unit in one
        // multi-instance as before the districts consolidated their wards, then the shipped diagrams with the
        // removal time stamped at the end and with ours.
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
            .getProcessEngineConfiguration();
        String ours = configuration.getHistoryRemovalTimeStrategy();
        MonthEndBenchmark monthEnd = new MonthEndBenchmark(engine);
        monthEnd.deployOneList();
        monthEnd.measure(paths).forEach((key, value) -> figures.put("monthEndOneList." + key, value));
        monthEnd.deployShipped();
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
        Object before = monthEnd.measure(paths).get("cycleRatio");
        configuration.setHistoryRemovalTimeStrategy(ours);
        monthEnd.measure(paths).forEach((key, value) -> figures.put("monthEnd." + key, value));
        figures.put("monthEnd.cycleRatioWithRemovalTimeAtEnd", before);
      }
      if (SECTIONS.contains("deadlines")) {
        DeadlineBenchmark deadlines = new DeadlineBenchmark(engine, jdbc,
            app.getBean(CamundaBpmProperties.class).getJobExecution());
        deadlines.startIncidents(city, TIMERS);
        deadlines.measure(DEADLINE_ROUNDS).forEach((key, value) -> figures.put("deadlines." + key, value));
      }
      if (SECTIONS.contains("tasklist")) {
        UnitTaskListBenchmark taskList = new UnitTaskListBenchmark(engine);
        double[] empty = taskList.measure();
        taskList.fill(OPEN_TASKS);
        double[] fresh = taskList.measure();
        // Before and after the task list tuning, each on refreshed statistics (what autovacuum keeps up in a
        // long-lived database); the tuning is taken back first, so "before" is the engine's own schema.
        TaskQueryTuning tuning = app.getBean(TaskQueryTuning.class);
        revertTuning(jdbc, "postgres".equals(database));
        jdbc.execute("ANALYZE");
        double[] untuned = taskList.measure();
        double[] untunedNewestFirst = taskList.measureNewestFirst();
        tuning.apply();
        jdbc.execute("ANALYZE");
        double[] full = taskList.measure();
        double[] newestFirst = taskList.measureNewestFirst();
        figures.put("taskList.p95MsBeforeStatistics", round(fresh[1]));
        figures.put("taskList.p95MsUntuned", round(untuned[1]));
        figures.put("taskList.newestFirstP95MsUntuned", round(untunedNewestFirst[1]));
        figures.put("taskList.newestFirstP50Ms", round(newestFirst[0]));
        figures.put("taskList.newestFirstP95Ms", round(newestFirst[1]));
        figures.put("taskList.openTasks", OPEN_TASKS);
        figures.put("taskList.emptyP50Ms", round(empty[0]));
        figures.put("taskList.emptyP95Ms", round(empty[1]));
        figures.put("taskList.p50Ms", round(full[0]));
        figures.put("taskList.p95Ms", round(full[1]));
        figures.put("taskList.p95RatioToEmpty", round(full[1] / empty[1]));
      }
      if (SECTIONS.contains("dashboard")) {
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        new DashboardBenchmark(jdbc, port).measure(FINISHED_CASES)
            .forEach((key, value) -> figures.put("dashboard." + key, value));
      }
      figures.put("peakRssMb", peakRssMb());
    }
    return figures;
  }

  private static Map<String, Object> happyPaths(HappyPaths paths) {
    List<Double> floor = new ArrayList<>();
    List<Double> travel = new ArrayList<>();
    List<Double> incident = new ArrayList<>();
    List<Double> monthly = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      double floorPerTask = time(FLOOR_PER_ROUND, paths::floor) / FLOOR_PER_ROUND;
      floor.add(floorPerTask);
      travel.add(time(PATHS_PER_ROUND, paths::travel) / PATHS_PER_ROUND / 3 / floorPerTask);
      incident.add(time(PATHS_PER_ROUND, paths::incident) / PATHS_PER_ROUND / 3 / floorPerTask);
      long t0 = System.nanoTime();
      int tasks = paths.monthly();
      monthly.add((System.nanoTime() - t0) / 1e6 / tasks / floorPerTask);
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("floorInstancesPerSecond", round(1000 / median(floor)));
    figures.put("travelPerTaskRatio", round(median(travel)));
    figures.put("incidentPerTaskRatio", round(median(incident)));
    figures.put("monthlyPerTaskRatio", round(median(monthly)));
    return figures;
  }

  static void warmUp(HappyPaths paths) {
    for (int i = 0; i < 30; i++) {
      paths.floor();
    }
    for (int i = 0; i < 5; i++) {
      paths.travel();
      paths.incident();
    }
    paths.monthly();
  }

  /** Milliseconds for n runs. */
  /** Takes the task list tuning back, for the before-and-after: the engine's own schema. */
  private static void revertTuning(JdbcTemplate jdbc, boolean postgres) {
    jdbc.execute("DROP INDEX IF EXISTS ix_act_authorization_user");
    if (postgres) {
      jdbc.execute("ALTER TABLE ACT_RU_IDENTITYLINK ALTER COLUMN GROUP_ID_ SET STATISTICS -1");
    }
  }

  private static double time(int n, Runnable work) {
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      work.run();
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** The JVM's peak resident memory (VmHWM), this benchmark's own runner included. */
  private static long peakRssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  private static void print(Map<String, Object> results) {
    System.out.println("\nBenchmark (medians of " + ROUNDS + " rounds; ratios to the floor measured in the same run)");
    System.out.printf("  %-40s %12s %12s%n", "figure", "H2 file", "PostgreSQL");
    Map<String, Object> h2 = (Map<String, Object>) results.getOrDefault("h2", Map.of());
    Map<String, Object> pg = (Map<String, Object>) results.getOrDefault("postgres", Map.of());
    Set<String> keys = new LinkedHashSet<>(h2.keySet());
    keys.addAll(pg.keySet());
    keys.remove("database");
    for (String key : keys) {
      System.out.printf("  %-40s %12s %12s%n", key, h2.getOrDefault(key, "-"), pg.getOrDefault(key, "-"));
    }
    if (results.containsKey("h2WriteDelay")) {
      WriteDelayBenchmark.print((Map<String, Object>) results.get("h2WriteDelay"));
    }
    System.out.println("  targets: per-task ratios <= 1.5, monthEnd.cycleRatio <= 1.2, taskList.p95Ms <= 50 at "
        + "100,000 tasks, deadlines.oursToDefaultRatio >= 1, directory.importMs < 60000 and directory.reimportChanges "
        + "= 0 for 1,000 units and 50,000 staff");
  }
}
