package vn.gov.congvu.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Go-live at city scale (issue 20): a fresh application without the demo imports a city of 1,000 units and 50,000
 * staff through {@code POST /api/directory/import} (users, groups, memberships and 50,000 first-login mails in the
 * outbox included), then the same files again, which must change nothing. The baseline, in the same run: the same
 * directory rows inserted with plain JDBC batches, alone and with the Camunda identity rows they stand for, into bare
 * copies of the tables; and every row of the import into the real tables ({@link JdbcSameRows}).
 */
final class DirectoryImportBenchmark {

  private final ConfigurableApplicationContext app;
  private final JdbcTemplate jdbc;
  private final RestTemplate http = new RestTemplate();
  private final String base;

  DirectoryImportBenchmark(ConfigurableApplicationContext app) {
    this.app = app;
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    http.setErrorHandler(response -> false);
  }

  Map<String, Object> measure(int units, int staff) {
    int districts = Math.max(1, units / 50);
    String[] city = CityDirectory.files(units, districts, staff / units);
    Map<String, Object> figures = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    JsonNode first = importFiles(city, true);
    long t1 = System.nanoTime();
    long cpu1 = cpuNanos();
    JsonNode applied = importFiles(city, false);
    long t2 = System.nanoTime();
    long cpu2 = cpuNanos();
    JsonNode again = importFiles(city, false);
    long t3 = System.nanoTime();
    long cpu3 = cpuNanos();
    figures.put("units", applied.get("unitsAdded").size());
    figures.put("staff", applied.get("staffAdded").size());
    figures.put("linksMailed", applied.get("linksSent").asInt());
    figures.put("dryRunMs", ms(t0, t1));
    figures.put("importMs", ms(t1, t2));
    figures.put("reimportMs", ms(t2, t3));
    // CPU time of the whole JVM (all threads, GC included): what the import costs whatever else the machine runs.
    figures.put("importCpuMs", ms(cpu1, cpu2));
    figures.put("reimportCpuMs", ms(cpu2, cpu3));
    figures.put("reimportChanges", changes(again));
    // What every node's start does with such a directory: IdentitySync compares it with Camunda's identity tables
    // (bulk reads) and, the directory being unchanged, writes nothing.
    long s0 = System.nanoTime();
    int startupChanges = app.getBean(vn.gov.congvu.identity.IdentitySync.class).sync().total();
    figures.put("startupSyncMs", ms(s0, System.nanoTime()));
    figures.put("startupSyncChanges", startupChanges);
    figures.put("dryRunChanges", changes(first));
    double directoryRows = JdbcBaseline.directoryRows(jdbc, city);
    double withIdentity = JdbcBaseline.withIdentityRows(jdbc, city);
    figures.put("jdbcDirectoryRowsMs", round(directoryRows));
    figures.put("jdbcWithIdentityRowsMs", round(withIdentity));
    figures.put("importRatioToJdbc", round(ms(t1, t2) / directoryRows));
    figures.put("importRatioToJdbcWithIdentity", round(ms(t1, t2) / withIdentity));
    figures.put("reimportRatioToJdbc", round(ms(t2, t3) / directoryRows));
    // Every row the import writes, into the real tables (keys, indexes, constraints) and committed: the true floor.
    double sameRows = JdbcSameRows.ms(jdbc, city);
    figures.put("jdbcSameRowsRealTablesMs", round(sameRows));
    figures.put("importRatioToJdbcSameRows", round(ms(t1, t2) / sameRows));
    return figures;
  }

  private JsonNode importFiles(String[] city, boolean dryRun) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("units", file("units.csv", city[0]));
    parts.add("staff", file("staff.csv", city[1]));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth("admin", app.getEnvironment().getProperty("camunda.bpm.admin-user.password", "admin"));
    JsonNode answer = http.postForObject(base + "/api/directory/import?dryRun=" + dryRun,
        new HttpEntity<>(parts, headers), JsonNode.class);
    if (answer == null || answer.has("error")) {
      throw new IllegalStateException("Import refused: " + answer);
    }
    return answer;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static int changes(JsonNode answer) {
    int count = 0;
    for (String list : List.of("unitsAdded", "unitsChanged", "unitsClosed", "staffAdded", "staffChanged",
        "staffLeft")) {
      count += answer.get(list).size();
    }
    return count;
  }

  private static ByteArrayResource file(String name, String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static double ms(long from, long to) {
    return round((to - from) / 1e6);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
