package vn.gov.congvu.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/congvu-workflow.jar}, built before the integration tests) in a JVM of its own, with
 * the environment an operator gives it; its output goes to {@code target/<name>.log}.
 */
public final class PackagedApplication implements AutoCloseable {

  private static final Path JAR = Path.of("target", "congvu-workflow.jar");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final int port;
  private final Process process;

  private PackagedApplication(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  public static PackagedApplication start(String name, Map<String, String> environment) throws IOException {
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx768m", "-jar", JAR.toAbsolutePath().toString()));
    builder.environment().putAll(environment);
    builder.environment().put("PORT", Integer.toString(port));
    builder.redirectErrorStream(true).redirectOutput(Path.of("target", name + ".log").toFile());
    return new PackagedApplication(name, port, builder.start());
  }

  public int port() {
    return port;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Waits until readiness says UP; fails if the JVM exits first (its log says why). */
  public void awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see target/" + name
            + ".log");
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(name + " not ready within " + timeout);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public static boolean jarExists() {
    return Files.exists(JAR);
  }
}
