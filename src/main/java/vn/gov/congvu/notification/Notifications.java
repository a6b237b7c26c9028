package vn.gov.congvu.notification;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Raising a notification is one line in a delegate: it is written to the outbox in the engine step's transaction
 * (Camunda runs on Spring's transaction manager, so the JDBC write joins it); a rolled-back step sends nothing, a
 * crash loses nothing, and the sender mails it afterwards.
 */
@Service
public class Notifications {

  private final OutboxRepository outbox;

  Notifications(OutboxRepository outbox) {
    this.outbox = outbox;
  }

  /** Returns false when the same notification was already raised by this instance and activity. */
  public boolean raise(DelegateExecution execution, Notification notification) {
    return raise(execution.getProcessInstanceId(), execution.getCurrentActivityId(), notification);
  }

  public boolean raise(String processInstanceId, String activityId, Notification notification) {
    return outbox.insert(processInstanceId, activityId, notification, ClockUtil.getCurrentTime().toInstant());
  }

  /**
   * Many notifications of one source in JDBC batches, in the caller's transaction (a directory import mails
   * thousands of first-login links); returns how many were not raised before.
   */
  public int raiseAll(String processInstanceId, String activityId, List<Notification> notifications) {
    return notifications.isEmpty() ? 0
        : outbox.insertAll(processInstanceId, activityId, notifications, ClockUtil.getCurrentTime().toInstant());
  }

  /**
   * Blanks what was mailed from one source, for messages that carry a secret (a one-time link): once delivered, the
   * mailbox holds it and the database need not; returns how many rows were blanked.
   */
  public int redactSent(String processInstanceId, String activityId, String replacement) {
    return outbox.redactSent(processInstanceId, activityId, replacement);
  }
}
