package vn.gov.congvu.notification;
// STUB
@org.springframework.stereotype.Service
public class Notifications {
  public void raise(org.camunda.bpm.engine.delegate.DelegateExecution execution, Notification n) {}
}
