package vn.gov.congvu.notification;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailSendException;

/**
 * Whether the mail server answers, so that the sender says so once when it stops answering and once when it is back,
 * instead of a warning per notification every round (a local run without a mail server would fill its log).
 */
final class MailServerWatch {

  private boolean down;

  /** A send failed; true when this starts an outage worth one line in the log. */
  synchronized boolean failed(Exception failure) {
    if (!unreachable(failure) || down) {
      return false;
    }
    down = true;
    return true;
  }

  /** A send went through; true when it ends an outage. */
  synchronized boolean succeeded() {
    boolean wasDown = down;
    down = false;
    return wasDown;
  }

  synchronized boolean isDown() {
    return down;
  }

  /** Connection refused, unknown host or timeout anywhere in the chain: the server, not this notification. */
  static boolean unreachable(Throwable failure) {
    Deque<Throwable> pending = new ArrayDeque<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    pending.add(failure);
    while (!pending.isEmpty()) {
      Throwable current = pending.poll();
      if (current == null || seen.put(current, Boolean.TRUE) != null) {
        continue;
      }
      if (current instanceof ConnectException || current instanceof UnknownHostException
          || current instanceof SocketTimeoutException
          || current.getClass().getName().equals("org.eclipse.angus.mail.util.MailConnectException")) {
        return true;
      }
      if (current.getCause() != null) {
        pending.add(current.getCause());
      }
      if (current instanceof MessagingException messaging && messaging.getNextException() != null) {
        pending.add(messaging.getNextException());
      }
      if (current instanceof MailSendException send) {
        pending.addAll(send.getFailedMessages().values());
      }
    }
    return false;
  }
}
