package vn.gov.congvu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailServerWatchTest {

  @Test
  void aClosedPortIsAnOutageSaidOnceUntilTheServerAnswers() throws Exception {
    Exception refused = sendToAClosedPort();
    MailServerWatch watch = new MailServerWatch();

    assertThat(MailServerWatch.unreachable(refused)).isTrue();
    assertThat(watch.failed(refused)).isTrue();
    assertThat(watch.failed(refused)).isFalse();
    assertThat(watch.isDown()).isTrue();

    assertThat(watch.succeeded()).isTrue();
    assertThat(watch.succeeded()).isFalse();
    assertThat(watch.failed(refused)).isTrue();
  }

  @Test
  void aBadMessageIsNotAnOutage() {
    MailServerWatch watch = new MailServerWatch();
    MailParseException bad = new MailParseException("Illegal address");

    assertThat(MailServerWatch.unreachable(bad)).isFalse();
    assertThat(watch.failed(bad)).isFalse();
    assertThat(watch.isDown()).isFalse();
  }

  private static Exception sendToAClosedPort() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("127.0.0.1");
    mail.setPort(port);
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom("congvu@localhost");
    message.setTo("bnhead@congvu.example.vn");
    message.setText("Chờ");
    return catchException(() -> mail.send(message));
  }
}
