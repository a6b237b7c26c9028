package vn.gov.congvu.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails what the outbox holds. Each row is claimed for a lease first, so two nodes never mail the same row; a
 * failure (mail server down) keeps it pending with the error and retries with exponential backoff; after the last
 * attempt it is marked FAILED and stays for an operator. A crash between sending and marking may mail a row twice:
 * that is the at-least-once edge of any outbox, and the lease makes it the only one.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxRepository outbox;
  private final RecipientAddresses addresses;
  private final JavaMailSender mail;
  private final NotificationSettings settings;
  private final String node = "node-" + UUID.randomUUID();
  private final MailServerWatch server = new MailServerWatch();

  OutboxSender(OutboxRepository outbox, RecipientAddresses addresses, JavaMailSender mail,
      NotificationSettings settings) {
    this.outbox = outbox;
    this.addresses = addresses;
    this.mail = mail;
    this.settings = settings;
  }

  /** Sends what is due now; returns how many rows were mailed. */
  public int sendDue() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    int sent = 0;
    for (long id : outbox.due(now, settings.batchSize())) {
      if (outbox.claim(id, node, now, now.plus(settings.claimLease()))) {
        sent += send(outbox.load(id), now) ? 1 : 0;
        if (server.isDown()) {
          break; // the rest would each wait for the same timeout; they stay due for the next round
        }
      }
    }
    return sent;
  }

  private boolean send(OutboxMessage message, Instant now) {
    try {
      Set<String> to = addresses.of(message.recipient(), message.recipientType());
      if (!to.isEmpty()) {
        mail.send(mime(message, to));
        if (server.succeeded()) {
          LOG.info("Mail server reachable again; waiting notifications go out");
        }
      }
      outbox.sent(message.id(), node, ClockUtil.getCurrentTime().toInstant());
      return true;
    } catch (MailException | MessagingException e) {
      int attempts = message.attempts() + 1;
      boolean giveUp = attempts >= settings.maxAttempts();
      if (server.failed(e)) {
        LOG.warn("Mail server unreachable ({}); notifications wait in the outbox, are retried with backoff and are "
            + "readable meanwhile in Hộp thư (/hop-thu/). Said once until it answers again.", e.getMessage());
      } else if (giveUp || !MailServerWatch.unreachable(e)) {
        LOG.warn("Notification {} not sent (attempt {}{}): {}", message.id(), attempts, giveUp ? ", giving up" : "",
            e.getMessage());
      }
      outbox.failed(message.id(), node, attempts, giveUp, now.plus(settings.backoffAfter(attempts)),
          String.valueOf(e.getMessage()));
      return false;
    }
  }

  private MimeMessage mime(OutboxMessage message, Set<String> to) throws MessagingException {
    MimeMessage mime = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
    helper.setFrom(settings.from());
    helper.setTo(to.toArray(String[]::new));
    helper.setSubject(message.subject());
    helper.setText(message.body());
    mime.setHeader("X-Congvu-Kind", message.kind());
    // The outbox row: a mail seen twice with the same id would be a double delivery (checked by the cluster tests).
    mime.setHeader("X-Congvu-Notification", Long.toString(message.id()));
    return mime;
  }
}
