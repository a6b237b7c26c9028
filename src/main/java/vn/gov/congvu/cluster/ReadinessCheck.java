package vn.gov.congvu.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The container's health check, in the application's own jar: the JRE image has Java and nothing else to ask an
 * HTTP endpoint with (newer Temurin images ship no curl). Exits 0 when readiness answers UP, 1 otherwise.
 * {@code java -cp /app/app.jar vn.gov.congvu.cluster.ReadinessCheck [url]}; the URL defaults to this node's
 * readiness probe on {@code PORT} (8080).
 */
public final class ReadinessCheck {

  private ReadinessCheck() {
  }

  public static void main(String[] args) {
    String port = System.getenv().getOrDefault("PORT", "8080");
    String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/actuator/health/readiness";
    System.exit(ready(url) ? 0 : 1);
  }

  static boolean ready(String url) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setConnectTimeout(3000);
      connection.setReadTimeout(4000);
      try (InputStream body = connection.getResponseCode() == 200 ? connection.getInputStream() : null) {
        return body != null && new String(body.readNBytes(4096), StandardCharsets.UTF_8).contains("\"UP\"");
      } finally {
        connection.disconnect();
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
