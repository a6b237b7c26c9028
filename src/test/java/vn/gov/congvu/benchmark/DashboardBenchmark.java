package vn.gov.congvu.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/dashboard} as the process owner calls it (HTTP, the whole city), timed on the database as the run
 * left it (the baseline) and again after adding finished cases to the engine's history, spread over the past year:
 * p50 and p95 of 50 calls for the default 30 days and of 20 for a whole year and for the 12-month trends
 * ({@code /api/dashboard/trends}). The cases are written straight into the history tables, as the finished instances
 * of years would leave them (the figures read only the history), since running 100,000 instances through the engine
 * would take hours on two cores.
 */
final class DashboardBenchmark {

  private static final int RUNS = 50;
  /** A year's figures read every finished case of the year: fewer calls, still a p95 of its own. */
  private static final int YEAR_RUNS = 20;
  private static final String[] UNITS = {"district-1", "ben-nghe", "thu-duc", "an-khanh", "home-affairs"};
  private static final String[] SEVERITIES = {"LOW", "HIGH", "CRITICAL"};
  private static final String[] OUTCOMES = {"COMPLETED", "REJECTED", "EXPIRED", "ISOLATION"};

  private final JdbcTemplate jdbc;
  private final String base;

  DashboardBenchmark(JdbcTemplate jdbc, int port) {
    this.jdbc = jdbc;
    this.base = "http://localhost:" + port;
  }

  Map<String, Object> measure(int finishedCases) throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    double[] baseline = time("", RUNS);
    double[] baselineYear = time(yearQuery(), YEAR_RUNS);
    double[] baselineTrends = time("/trends", YEAR_RUNS);
    fill(finishedCases);
    jdbc.execute("ANALYZE");
    double[] full = time("", RUNS);
    double[] year = time(yearQuery(), YEAR_RUNS);
    double[] trends = time("/trends", YEAR_RUNS);
    figures.put("finishedCases", finishedCases);
    figures.put("baselineP95Ms", round(baseline[1]));
    figures.put("p50Ms", round(full[0]));
    figures.put("p95Ms", round(full[1]));
    figures.put("p95RatioToBaseline", round(full[1] / baseline[1]));
    figures.put("yearBaselineP95Ms", round(baselineYear[1]));
    figures.put("yearP95Ms", round(year[1]));
    figures.put("yearP95RatioToBaseline", round(year[1] / baselineYear[1]));
    // "Xu hướng 12 tháng", its own call beside the figures: the same cases grouped by month.
    figures.put("trendsBaselineP95Ms", round(baselineTrends[1]));
    figures.put("trendsP50Ms", round(trends[0]));
    figures.put("trendsP95Ms", round(trends[1]));
    figures.put("trendsP95RatioToBaseline", round(trends[1] / baselineTrends[1]));
    return figures;
  }

  private static String yearQuery() {
    LocalDate today = LocalDate.now();
    return "?from=" + today.minusDays(364) + "&to=" + today;
  }

  /** {p50, p95} in milliseconds of so many calls after 5 calls of warm-up. */
  private double[] time(String query, int runs) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/dashboard" + query))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("owner:demo".getBytes(StandardCharsets.UTF_8))).GET().build();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs + 5; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Dashboard answered " + response.statusCode() + ": " + response.body());
      }
      if (i >= 5) {
        times.add((System.nanoTime() - t0) / 1e6);
      }
    }
    List<Double> sorted = times.stream().sorted().toList();
    return new double[] {sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)};
  }

  /** Finished travel requests and incidents, half each, started at even steps over the past 365 days. */
  private void fill(int cases) {
    String travelDefinition = definition("travel-approval");
    String incidentDefinition = definition("incident-escalation");
    Instant now = Instant.now();
    long step = Duration.ofDays(365).toSeconds() / cases;
    List<Object[]> instances = new ArrayList<>();
    List<Object[]> variables = new ArrayList<>();
    List<Object[]> tasks = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      String id = UUID.randomUUID().toString();
      Instant start = now.minusSeconds(step * (i + 1));
      Instant end = start.plus(Duration.ofMinutes(30 + i % 600));
      boolean travel = i % 2 == 0;
      String unit = UNITS[i % UNITS.length];
      instances.add(new Object[] {id, id, travel ? travelDefinition : incidentDefinition,
          travel ? "travel-approval" : "incident-escalation", Timestamp.from(start), Timestamp.from(end)});
      if (travel) {
        variables.add(variable(id, "requesterUnitId", unit));
        variables.add(variable(id, "outcome", OUTCOMES[i % OUTCOMES.length]));
        tasks.add(new Object[] {UUID.randomUUID().toString(), id, "approve-travel", Timestamp.from(start),
            Timestamp.from(start.plus(Duration.ofMinutes(20 + i % 300)))});
      } else {
        variables.add(variable(id, "unitId", unit));
        variables.add(variable(id, "severity", SEVERITIES[i % SEVERITIES.length]));
        variables.add(variable(id, "outcome", "RESOLVED"));
        variables.add(variable(id, "incidentHistory", "01/01/2026 08:00 | UNIT_DUTY | hệ thống | Chuyển cấp trên: x\n"
            + "01/01/2026 09:00 | UNIT_HEAD | hệ thống | Đã xử lý: y"));
      }
      if (instances.size() == 1_000 || i == cases - 1) {
        flush(instances, variables, tasks);
      }
    }
  }

  private void flush(List<Object[]> instances, List<Object[]> variables, List<Object[]> tasks) {
    jdbc.batchUpdate("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_ID_, PROC_DEF_KEY_, START_TIME_, "
        + "END_TIME_, STATE_) VALUES (?, ?, ?, ?, ?, ?, 'COMPLETED')", instances);
    jdbc.batchUpdate("INSERT INTO ACT_HI_VARINST (ID_, PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, TEXT_, "
        + "STATE_) VALUES (?, ?, ?, ?, 'string', ?, 'CREATED')", variables);
    jdbc.batchUpdate("INSERT INTO ACT_HI_TASKINST (ID_, PROC_INST_ID_, TASK_DEF_KEY_, START_TIME_, END_TIME_, "
        + "DELETE_REASON_) VALUES (?, ?, ?, ?, ?, 'completed')", tasks);
    instances.clear();
    variables.clear();
    tasks.clear();
  }

  private static Object[] variable(String instanceId, String name, String value) {
    return new Object[] {UUID.randomUUID().toString(), instanceId, instanceId, name, value};
  }

  private String definition(String key) {
    return jdbc.queryForObject("SELECT MAX(ID_) FROM ACT_RE_PROCDEF WHERE KEY_ = ?", String.class, key);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
