package vn.gov.congvu.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.gov.congvu.support.StandaloneApplication;

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
  /** Open tasks behind the unit task list; the city scale is 100,000 (-Dbench.tasks=100000). */
  private static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 20_000);

  @TempDir
  Path temp;

  @Test
  void measure() throws Exception {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("h2", measure("h2", StandaloneApplication.args(temp.resolve("h2"), "bench-h2",
        "--app.notification.sender-enabled=false")));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(temp.resolve("pg"))
        .setCleanDataDirectory(true).start()) {
      results.put("postgres", measure("postgres", StandaloneApplication.args(temp.resolve("pgapp"), "bench-pg",
          "--spring.profiles.active=postgres", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:"
              + postgres.getPort() + "/postgres", "--spring.datasource.username=postgres",
          "--spring.datasource.password=",
          "--app.notification.sender-enabled=false")));
    }
    Path out = Path.of("target", "benchmark");
    Files.createDirectories(out);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(),
        results);
    print(results);
  }

  private Map<String, Object> measure(String database, String[] args) throws IOException {
    long startNanos = System.nanoTime();
    Map<String, Object> figures = new LinkedHashMap<>();
    try (ConfigurableApplicationContext app = StandaloneApplication.builder().run(args)) {
      figures.put("startupSeconds", round((System.nanoTime() - startNanos) / 1e9));
      HappyPaths paths = new HappyPaths(app.getBean(ProcessEngine.class));
      paths.deployFloor();
      warmUp(paths);
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
      figures.put("floorInstancesPerSecond", round(1000 / median(floor)));
      figures.put("travelPerTaskRatio", round(median(travel)));
      figures.put("incidentPerTaskRatio", round(median(incident)));
      figures.put("monthlyPerTaskRatio", round(median(monthly)));
      figures.put("targetPerTaskRatio", 1.5);
      UnitTaskListBenchmark taskList = new UnitTaskListBenchmark(app.getBean(ProcessEngine.class));
      double[] empty = taskList.measure();
      taskList.fill(OPEN_TASKS);
      double[] full = taskList.measure();
      figures.put("unitTaskListOpenTasks", OPEN_TASKS);
      figures.put("unitTaskListP50Ms", round(full[0]));
      figures.put("unitTaskListP95Ms", round(full[1]));
      figures.put("unitTaskListP95RatioToEmpty", round(full[1] / empty[1]));
      figures.put("unitTaskListP95TargetMs", 50);
      figures.put("peakRssMb", peakRssMb());
    }
    figures.put("database", database);
    return figures;
  }

  private static void warmUp(HappyPaths paths) {
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
    System.out.printf("  %-32s %12s %12s%n", "figure", "H2 file", "PostgreSQL");
    Map<String, Object> h2 = (Map<String, Object>) results.get("h2");
    Map<String, Object> pg = (Map<String, Object>) results.get("postgres");
    for (String key : h2.keySet()) {
      if (!key.equals("database")) {
        System.out.printf("  %-32s %12s %12s%n", key, h2.get(key), pg.get(key));
      }
    }
  }
}
