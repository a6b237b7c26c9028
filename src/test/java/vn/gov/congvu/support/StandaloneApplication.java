package vn.gov.congvu.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.congvu.CongVuApplication;

/**
 * Starts the application as {@code mvn spring-boot:run} would, on an H2 file under a given directory, for tests of
 * startup and restart. Its engine has a name of its own so it never replaces the shared test context's engine.
 */
public final class StandaloneApplication {

  private StandaloneApplication() {
  }

  public static ConfigurableApplicationContext start(Path dataDir, String engineName, String... extra) {
    return builder(extra).run(args(dataDir, engineName, extra));
  }

  public static SpringApplicationBuilder builder(String... extra) {
    return new SpringApplicationBuilder(CongVuApplication.class);
  }

  public static String[] args(Path dataDir, String engineName, String... extra) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + dataDir,
        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=" + engineName,
        "--spring.jmx.enabled=false", "--logging.level.root=WARN"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }
}
