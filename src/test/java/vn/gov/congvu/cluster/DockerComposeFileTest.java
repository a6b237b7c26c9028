package vn.gov.congvu.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file users run (and the image it builds) is checked by reading it. */
class DockerComposeFileTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> compose() throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
      return new Yaml(options).load(reader);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
  }

  @Test
  void postgres16WithAVolumeAndAHealthCheck() throws IOException {
    Map<String, Object> postgres = service("postgres");
    assertThat(postgres.get("image")).isEqualTo("postgres:16");
    assertThat((List<String>) postgres.get("volumes")).anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));
    assertThat(postgres.get("healthcheck").toString()).contains("pg_isready");
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoNodesOnThePostgresProfileWithTheSameZoneAndMail() throws IOException {
    for (String node : List.of("node1", "node2")) {
      Map<String, Object> service = service(node);
      Map<String, Object> env = (Map<String, Object>) service.get("environment");
      assertThat(env.get("SPRING_PROFILES_ACTIVE").toString()).contains("postgres").contains("prod");
      assertThat(env).containsEntry("TZ", "Asia/Ho_Chi_Minh").containsEntry("DB_HOST", "postgres")
          .containsEntry("MAIL_HOST", "mailpit").containsKey("ADMIN_PASSWORD");
      assertThat(service.get("healthcheck").toString()).contains("/actuator/health/readiness");
      assertThat(service.get("depends_on").toString()).contains("postgres").contains("service_healthy");
      assertThat(service.get("build")).isEqualTo(".");
      assertThat(service.get("image")).isEqualTo("congvu-workflow:local");
    }
  }

  @Test
  void oneProxyInFrontWithStickySessionsAndAMailCatcher() throws IOException {
    Map<String, Object> proxy = service("proxy");
    assertThat(proxy.get("ports").toString()).contains("8080:80");
    assertThat(compose().get("configs").toString()).contains("ip_hash").contains("node1:8080")
        .contains("node2:8080");
    assertThat(service("mailpit").get("image").toString()).startsWith("axllent/mailpit");
  }

  @Test
  void theNodesRunTheImageBuiltFromThePackagedJar() throws IOException {
    Dockerfile dockerfile = Dockerfile.read(Path.of("Dockerfile"));
    assertThat(dockerfile.baseImage()).startsWith("eclipse-temurin:17-jre");
    assertThat(dockerfile.text()).contains("COPY target/congvu-workflow.jar");
    assertThat(Files.readString(Path.of(".dockerignore"))).contains("!target/congvu-workflow.jar");
    assertThat(dockerfile.text()).contains("ENTRYPOINT [\"java\"").contains("/app/app.jar");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyHealthCheckCommandExistsInTheImageItRunsIn() throws IOException {
    Map<String, Object> services = (Map<String, Object>) compose().get("services");
    int checked = 0;
    for (Map.Entry<String, Object> entry : services.entrySet()) {
      Map<String, Object> service = (Map<String, Object>) entry.getValue();
      if (!service.containsKey("healthcheck")) {
        continue;
      }
      List<String> test = (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test");
      ImageCommands image = service.containsKey("build")
          ? ImageCommands.built(Dockerfile.read(Path.of(service.get("build").toString(), "Dockerfile")))
          : ImageCommands.thirdParty(service.get("image").toString());
      image.assertRuns(entry.getKey(), test);
      checked++;
    }
    assertThat(checked).as("services with a health check").isEqualTo(3);
    Dockerfile dockerfile = Dockerfile.read(Path.of("Dockerfile"));
    ImageCommands.built(dockerfile).assertRuns("Dockerfile HEALTHCHECK", dockerfile.healthCheck());
  }

  @Test
  void theHealthCheckClassIsInTheApplicationsJarAndAnswers() throws Exception {
    assertThat(ReadinessCheck.class.getMethod("main", String[].class)).isNotNull();
    assertThat(ReadinessCheck.ready("http://127.0.0.1:1/actuator/health/readiness")).isFalse();
  }
}
