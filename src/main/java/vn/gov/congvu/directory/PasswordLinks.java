package vn.gov.congvu.directory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.gov.congvu.CongVuApplication;
import vn.gov.congvu.notification.Notification;
import vn.gov.congvu.notification.Notifications;

/**
 * One-time links to set a password. The token is 256 random bits sent only in the mail (after the page's {@code #},
 * so it never reaches a server log); the table keeps its SHA-256. A link works once, until it expires, and only while
 * it is the person's latest: issuing a new one or leaving the directory revokes the older ones.
 */
@Service
class PasswordLinks {

  static final String SOURCE = "directory";
  static final String ACTIVITY = "password-link";
  static final String KIND = "PASSWORD_LINK";
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZoneId.of(CongVuApplication.ZONE));

  private final JdbcTemplate jdbc;
  private final Notifications notifications;
  private final Duration validity;
  private final String publicUrl;
  private final SecureRandom random = new SecureRandom();

  PasswordLinks(JdbcTemplate jdbc, Notifications notifications,
      @Value("${app.directory.password-link-validity:P7D}") Duration validity,
      @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.validity = validity;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** A new link for each member, its mail in the outbox (same transaction); returns when the links expire. */
  Instant issue(Collection<Member> members, String by) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant expires = now.plus(validity);
    revoke(members.stream().map(Member::userId).toList());
    List<Object[]> rows = new ArrayList<>();
    List<Notification> mails = new ArrayList<>();
    for (Member member : members) {
      String token = token();
      String id = UUID.randomUUID().toString();
      rows.add(new Object[] {hash(token), id, member.userId(), Timestamp.from(now), by, Timestamp.from(expires)});
      mails.add(mail(member, token, expires).occurrence(id));
    }
    jdbc.batchUpdate("INSERT INTO password_link (token_hash, id, user_id, created_at, created_by, expires_at) "
        + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    notifications.raiseAll(SOURCE, ACTIVITY, mails);
    return expires;
  }

  /** The user a token lets set a password, if it is unused, unrevoked and unexpired. */
  Optional<String> holder(String token) {
    return jdbc.queryForList("SELECT user_id FROM password_link WHERE token_hash = ? AND used_at IS NULL AND "
        + "revoked_at IS NULL AND expires_at > ?", String.class, hash(token), now()).stream().findFirst();
  }

  /** Spends the link: true for exactly one caller, even when two use it at the same moment. */
  boolean spend(String token) {
    return jdbc.update("UPDATE password_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND "
        + "revoked_at IS NULL AND expires_at > ?", now(), hash(token), now()) == 1;
  }

  /** Older links of these users stop working; one read finds who has any, so a first import writes nothing here. */
  void revoke(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return;
    }
    java.util.Set<String> holders = new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT user_id FROM "
        + "password_link WHERE used_at IS NULL AND revoked_at IS NULL", String.class));
    List<Object[]> rows = userIds.stream().filter(holders::contains).map(id -> new Object[] {now(), id}).toList();
    jdbc.batchUpdate("UPDATE password_link SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND "
        + "revoked_at IS NULL", rows);
  }

  private Notification mail(Member member, String token, Instant expires) {
    return Notification.toUser(member.userId(), KIND, "Đặt mật khẩu tài khoản Hệ thống điều hành công vụ",
        "Kính gửi " + member.fullName() + ",\n\n"
            + "Tài khoản của Anh/Chị trên Hệ thống điều hành công vụ đã sẵn sàng.\n"
            + "Tên đăng nhập: " + member.userId() + "\n\n"
            + "Để tự đặt mật khẩu, mở liên kết sau (dùng được một lần, hiệu lực đến " + UNTIL.format(expires) + "):\n"
            + publicUrl + "/mat-khau#" + token + "\n\n"
            + "Sau đó đăng nhập tại " + publicUrl + "/camunda/app/tasklist/ bằng tên đăng nhập và mật khẩu vừa đặt.\n"
            + "Nếu liên kết đã hết hạn, đề nghị quản trị viên gửi lại. Không chuyển thư này cho người khác.");
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    return DirectoryUpload.sha256(token.getBytes(StandardCharsets.UTF_8));
  }

  private static Timestamp now() {
    return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
  }
}
