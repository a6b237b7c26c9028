package vn.gov.congvu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.gov.congvu.notification.Notifications;
import vn.gov.congvu.notification.OutboxSender;
import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/** The one-time link, through the outbox and a real SMTP server (GreenMail on the test profile's port 3025). */
class PasswordLinkTest extends ApplicationTest {

  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  private static final Pattern LINK = Pattern.compile("(http\\S+/mat-khau)#([A-Za-z0-9_-]{43})");
  private static final String CHOSEN = "Sao-Mai-2026!kv";

  @Autowired
  OutboxSender sender;
  @Autowired
  Notifications notifications;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  private GreenMail mailServer;

  @BeforeEach
  void startMailServer() {
    mailServer = new GreenMail(SMTP);
    mailServer.start();
    sender.sendDue();
    mailServer.reset();
  }

  @AfterEach
  void restore() {
    ClockUtil.reset();
    mailServer.stop();
    User user = identity.createUserQuery().userId("bnstaff").singleResult();
    user.setPassword(DEMO_PASSWORD);
    identity.saveUser(user);
  }

  @Test
  void theLinkSetsAPasswordOnceAndThePersonLogsInToTasklist() throws Exception {
    String token = sendLink("bnstaff");

    ResponseEntity<String> page = rest.getForEntity("/mat-khau", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Đặt mật khẩu").contains("/mat-khau/mat-khau.js").doesNotContain("<script>");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(rest.getForEntity("/mat-khau/mat-khau.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("/account/password/check", Map.of("token", token)).getBody().get("userId").asText())
        .isEqualTo("bnstaff");

    ResponseEntity<JsonNode> weak = post("/account/password", Map.of("token", token, "password", "huy12345"));
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody().get("message").asText()).startsWith("password: Mật khẩu chưa đạt:")
        .contains("cần ít nhất 10 ký tự").contains("chữ hoa").contains("không được chứa tên đăng nhập, họ tên");

    ResponseEntity<JsonNode> set = post("/account/password", Map.of("token", token, "password", CHOSEN));
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identity.checkPassword("bnstaff", CHOSEN)).isTrue();
    assertThat(new WebappSession(rest).login("bnstaff", CHOSEN, "tasklist")).isEqualTo(200);

    ResponseEntity<JsonNode> again = post("/account/password", Map.of("token", token, "password", "Khac-2026!abc"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody().get("error").asText()).isEqualTo("INVALID_TOKEN");
    assertThat(identity.checkPassword("bnstaff", CHOSEN)).isTrue();
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    String token = sendLink("bnstaff");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7))
        .plusSeconds(1)));

    assertThat(post("/account/password/check", Map.of("token", token)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("/account/password", Map.of("token", token, "password", CHOSEN)).getBody().get("error")
        .asText()).isEqualTo("INVALID_TOKEN");
    assertThat(identity.checkPassword("bnstaff", DEMO_PASSWORD)).isTrue();
  }

  @Test
  void aResentLinkReplacesTheOlderOneAndTheSentMailKeepsNoLink() throws Exception {
    String first = sendLink("bnstaff");
    String second = sendLink("bnstaff");

    assertThat(post("/account/password/check", Map.of("token", first)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("/account/password/check", Map.of("token", second)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_link WHERE token_hash = ?", Integer.class,
        PasswordLinks.hash(second))).isOne();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_link WHERE token_hash = ? OR token_hash = ?",
        Integer.class, first, second)).isZero(); // only hashes are kept

    notifications.redactSent(PasswordLinks.SOURCE, PasswordLinks.ACTIVITY, PasswordLinkRedaction.REDACTED);
    assertThat(jdbc.queryForList("SELECT body FROM notification_outbox WHERE kind = 'PASSWORD_LINK'", String.class))
        .isNotEmpty().noneMatch(body -> body.contains(second));
  }

  @Test
  void onlyTheAdministratorAndHeadsOfHomeAffairsSendLinksAndAnUnknownTokenIsRefused() {
    assertThat(as("bnhead").postForEntity("/api/directory/staff/bnstaff/password-link", null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("admin").postForEntity("/api/directory/staff/nobody/password-link", null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("/account/password", Map.of("token", "x".repeat(43), "password", CHOSEN)).getBody()
        .get("error").asText()).isEqualTo("INVALID_TOKEN");
  }

  private String sendLink(String userId) throws Exception {
    ResponseEntity<JsonNode> sent = as("hahead").postForEntity("/api/directory/staff/" + userId + "/password-link",
        null, JsonNode.class);
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
    mailServer.reset();
    assertThat(sender.sendDue()).isEqualTo(1);
    MimeMessage[] received = mailServer.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(userId + "@congvu.example.vn");
    assertThat(received[0].getSubject()).isEqualTo("Đặt mật khẩu tài khoản Hệ thống điều hành công vụ");
    Matcher link = LINK.matcher(received[0].getContent().toString());
    assertThat(link.find()).isTrue();
    return link.group(2);
  }

  private ResponseEntity<JsonNode> post(String path, Object body) {
    return rest.postForEntity(path, json(body), JsonNode.class);
  }
}
