package vn.gov.congvu.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/congvu-workflow.jar}, built by {@code package} before Failsafe runs) in a JVM of its
 * own, configured by environment as an operator would, so that a test can kill it as {@code kill -9} does.
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

  /** Starts the jar with the given environment on a free port; its output goes to target/packaged/{name}.log. */
  public static PackagedApplication start(String name, Map<String, String> environment) throws IOException {
    Path logs = Path.of("target", "packaged");
    Files.createDirectories(logs);
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx768m", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", JAR.toAbsolutePath().toString()));
    builder.environment().putAll(environment);
    builder.environment().put("PORT", Integer.toString(port));
    builder.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
    return new PackagedApplication(name, port, builder.start());
  }

  public int port() {
    return port;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Waits until readiness says UP; fails if the JVM exits first. */
  public PackagedApplication awaitReady(Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see target/packaged/"
            + name + ".log");
      }
      try {
        if (send("GET", "/actuator/health/readiness", null, null).statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(name + " not ready within " + timeout);
  }

  /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public void stop() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  /** A request with HTTP Basic {@code user:password} (none when null) and a JSON body (none when null). */
  public HttpResponse<String> send(String method, String path, String credentials, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
        .timeout(Duration.ofSeconds(60))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (credentials != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public static boolean jarExists() {
    return Files.exists(JAR);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
