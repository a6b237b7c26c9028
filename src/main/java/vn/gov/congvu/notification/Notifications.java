package vn.gov.congvu.notification;

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
}
