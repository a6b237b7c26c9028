package vn.gov.congvu.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statements each happy path sends to the database per user task, against the floor's, counted by H2's query
 * statistics: the side of the per-task ratios that timing noise cannot move, so a tuning shows even when the clock
 * cannot tell it apart. The engine sends the same statements to PostgreSQL; H2 only can count them without an
 * extension.
 */
final class StatementCounts {

  private static final int RUNS = 10;

  private final JdbcTemplate jdbc;

  StatementCounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static boolean supported(JdbcTemplate jdbc) {
    return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
        c.getMetaData().getDatabaseProductName().equals("H2")));
  }

  Map<String, Object> perTask(HappyPaths paths) {
    double floor = perTask(() -> {
      paths.floor();
      return 1;
    });
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("statements.floorPerTask", round(floor));
    figures.put("statements.travelPerTaskRatio", round(perTask(() -> {
      paths.travel();
      return 3;
    }) / floor));
    figures.put("statements.incidentPerTaskRatio", round(perTask(() -> {
      paths.incident();
      return 3;
    }) / floor));
    figures.put("statements.monthlyPerTaskRatio", round(perTask(paths::monthly) / floor));
    return figures;
  }

  /** Statements per user task over a few runs; the job executor's polls fall in too, a statement or two at most. */
  private double perTask(IntSupplier run) {
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
    jdbc.execute("SET QUERY_STATISTICS FALSE"); // clears what was counted before
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    int tasks = 0;
    for (int i = 0; i < RUNS; i++) {
      tasks += run.getAsInt();
    }
    Long statements = jdbc.queryForObject("SELECT SUM(EXECUTION_COUNT) FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
        + "WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'", Long.class);
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    return statements == null ? 0 : statements / (double) tasks;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
