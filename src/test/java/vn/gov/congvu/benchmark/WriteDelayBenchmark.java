package vn.gov.congvu.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.congvu.support.StandaloneApplication;

/**
 * What durability costs on the H2 file database: two applications side by side in this JVM, one on H2's default
 * write delay (commits kept up to 500 ms in memory, lost by kill -9) and one on the shipped URL (WRITE_DELAY=0, each
 * commit written before it returns), the floor and each happy path timed on both in alternating rounds so that the
 * machine's load falls on both alike. Figures are milliseconds per user task and the ratio synchronous / delayed.
 */
final class WriteDelayBenchmark {

  private static final int FLOOR_PER_ROUND = 100;
  private static final int PATHS_PER_ROUND = 15;

  private final Path temp;

  WriteDelayBenchmark(Path temp) {
    this.temp = temp;
  }

  Map<String, Object> measure(int rounds) {
    Path delayedDir = temp.resolve("h2-write-delay");
    Path synchronousDir = temp.resolve("h2-synchronous");
    try (ConfigurableApplicationContext delayed = start(delayedDir, "benchH2Delayed",
        "--spring.datasource.url=jdbc:h2:file:" + delayedDir + "/congvu");
        ConfigurableApplicationContext synchronous = start(synchronousDir, "benchH2Synchronous")) {
      List<Timings> both = List.of(new Timings(delayed), new Timings(synchronous));
      List<Timings> reversed = List.of(both.get(1), both.get(0));
      both.forEach(timings -> ProcessBenchmark.warmUp(timings.paths));
      for (int round = 0; round < rounds; round++) {
        // ABBA...: neither side always runs first on a warmer or colder machine.
        for (Timings timings : round % 2 == 0 ? both : reversed) {
          timings.round();
        }
      }
      Map<String, Object> figures = figures(both.get(0), both.get(1));
      // Without H2's background writer (WRITE_DELAY=0) nothing compacts half-empty chunks while the database is open.
      figures.put("fileMbWriteDelay500", megabytes(delayedDir.resolve("congvu.mv.db")));
      figures.put("fileMbWriteDelay0", megabytes(synchronousDir.resolve("congvu.mv.db")));
      return figures;
    }
  }

  private static double megabytes(Path file) {
    try {
      return round(Files.size(file) / 1024.0 / 1024.0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir, String engineName, String... extra) {
    List<String> args = new ArrayList<>(List.of(extra));
    args.add("--app.notification.sender-enabled=false");
    return StandaloneApplication.builder().run(StandaloneApplication.args(dataDir, engineName,
        args.toArray(String[]::new)));
  }

  private static Map<String, Object> figures(Timings delayed, Timings synchronous) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("url", "jdbc:h2:file:.../congvu (H2 defaults) vs the shipped URL (WRITE_DELAY=0;RETENTION_TIME=0)");
    for (String path : List.of("floor", "travel", "incident", "monthly")) {
      double before = median(delayed.msPerTask.get(path));
      double after = median(synchronous.msPerTask.get(path));
      figures.put(path + "MsPerTaskWriteDelay500", round(before));
      figures.put(path + "MsPerTaskWriteDelay0", round(after));
      figures.put(path + "CostRatio", round(after / before));
    }
    figures.put("floorInstancesPerSecondWriteDelay500", round(1000 / median(delayed.msPerTask.get("floor"))));
    figures.put("floorInstancesPerSecondWriteDelay0", round(1000 / median(synchronous.msPerTask.get("floor"))));
    return figures;
  }

  static void print(Map<String, Object> figures) {
    System.out.println("\nDurability of the H2 file database (medians; same run, alternating rounds)");
    figures.forEach((key, value) -> System.out.printf("  %-40s %12s%n", key, value));
  }

  /** One application's timings per path, in milliseconds per user task, one value per round. */
  private static final class Timings {

    final HappyPaths paths;
    final Map<String, List<Double>> msPerTask = new LinkedHashMap<>();

    Timings(ConfigurableApplicationContext app) {
      paths = new HappyPaths(app.getBean(ProcessEngine.class));
      paths.deployFloor();
      List.of("floor", "travel", "incident", "monthly").forEach(path -> msPerTask.put(path, new ArrayList<>()));
    }

    void round() {
      msPerTask.get("floor").add(time(FLOOR_PER_ROUND, () -> {
        paths.floor();
        return 1;
      }));
      msPerTask.get("travel").add(time(PATHS_PER_ROUND, () -> {
        paths.travel();
        return 3;
      }));
      msPerTask.get("incident").add(time(PATHS_PER_ROUND, () -> {
        paths.incident();
        return 3;
      }));
      msPerTask.get("monthly").add(time(1, paths::monthly));
    }

    /** Milliseconds per user task over n runs of a path that returns the tasks it completed. */
    private static double time(int n, IntSupplier path) {
      long t0 = System.nanoTime();
      int tasks = 0;
      for (int i = 0; i < n; i++) {
        tasks += path.getAsInt();
      }
      return (System.nanoTime() - t0) / 1e6 / tasks;
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
