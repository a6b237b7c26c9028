package vn.gov.congvu.notification;

/** An outbox row the sender has claimed. */
record OutboxMessage(long id, String recipient, Notification.RecipientType recipientType, String kind,
    String subject, String body, int attempts) {
}
