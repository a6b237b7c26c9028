package vn.gov.congvu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.gov.congvu.support.PackagedApplication;
import vn.gov.congvu.support.WebappSession;

/**
 * The README's "Go live", as an operator does it: the packaged jar on the prod profile with a strong administrator
 * password and an empty data directory, the sample files of docs/go-live imported (a dry run first), the first-login
 * mails delivered to an SMTP server, one person setting a password through their link and logging in to Tasklist.
 */
class DirectoryGoLiveIT {

  private static final String ADMIN_PASSWORD = "Go-Live!2026-congvu";
  private static final Pattern LINK = Pattern.compile("(http\\S+/mat-khau)#([A-Za-z0-9_-]{43})");

  @TempDir
  Path dataDir;

  @Test
  void anEmptyProdInstallBecomesAWorkingCityWithTheSampleFiles() throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(PackagedApplication.freePort(), "127.0.0.1",
        ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try (PackagedApplication app = PackagedApplication.start("go-live", Map.of("SPRING_PROFILES_ACTIVE", "prod",
        "ADMIN_PASSWORD", ADMIN_PASSWORD, "DATA_DIR", dataDir.toString(), "MAIL_HOST", "127.0.0.1",
        "MAIL_PORT", Integer.toString(mail.getSmtp().getPort()), "NOTIFICATION_POLL", "PT1S"))) {
      app.awaitReady(Duration.ofMinutes(4));
      TestRestTemplate anonymous = new TestRestTemplate(new RestTemplateBuilder().rootUri(app.url("")));
      TestRestTemplate admin = anonymous.withBasicAuth("admin", ADMIN_PASSWORD);
      assertThat(admin.getForObject("/api/directory/units", JsonNode.class)).isEmpty();

      JsonNode dryRun = importSamples(admin, true);
      assertThat(dryRun.get("unitsAdded")).hasSize(9);
      assertThat(dryRun.get("staffAdded")).hasSize(17);
      assertThat(admin.getForObject("/api/directory/units", JsonNode.class)).isEmpty();

      JsonNode applied = importSamples(admin, false);
      assertThat(applied.get("dryRun").asBoolean()).isFalse();
      assertThat(applied.get("linksSent").asInt()).isEqualTo(17);
      assertThat(importSamples(admin, false).get("staffAdded")).isEmpty();

      // The sender mails every 1 s here; the wait is generous for a busy machine and asserts nothing about time.
      assertThat(mail.waitForIncomingEmail(Duration.ofMinutes(2).toMillis(), 17)).isTrue();
      MimeMessage toHuy = Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m)
          .equals("bqhuy@tphcm.example.vn")).findFirst().orElseThrow();
      Matcher link = LINK.matcher(toHuy.getContent().toString());
      assertThat(link.find()).isTrue();
      assertThat(link.group(1)).endsWith(":" + app.port() + "/mat-khau");
      String token = link.group(2);

      assertThat(anonymous.getForEntity("/mat-khau", String.class).getBody()).contains("Đặt mật khẩu");
      ResponseEntity<JsonNode> weak = anonymous.postForEntity("/account/password", json(Map.of("token", token,
          "password", "matkhau")), JsonNode.class);
      assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(weak.getBody().get("message").asText()).contains("cần ít nhất 10 ký tự");
      String chosen = "Ben-Nghe-2026!q";
      assertThat(anonymous.postForEntity("/account/password", json(Map.of("token", token, "password", chosen)),
          JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

      assertThat(new WebappSession(anonymous).login("bqhuy", chosen, "tasklist")).isEqualTo(200);
      assertThat(anonymous.withBasicAuth("bqhuy", chosen).getForObject("/api/me", JsonNode.class).get("unitId")
          .asText()).isEqualTo("ben-nghe");
      assertThat(anonymous.postForEntity("/account/password", json(Map.of("token", token, "password",
          "Lan-Thu-Hai!2026")), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    } finally {
      mail.stop();
    }
  }

  private static JsonNode importSamples(TestRestTemplate admin, boolean dryRun) throws Exception {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("units", DirectoryFiles.file("units.csv", Files.readAllBytes(Path.of("docs", "go-live", "units.csv"))));
    parts.add("staff", DirectoryFiles.file("staff.csv", Files.readAllBytes(Path.of("docs", "go-live", "staff.csv"))));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<JsonNode> answer = admin.postForEntity("/api/directory/import?dryRun=" + dryRun,
        new HttpEntity<>(parts, headers), JsonNode.class);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
