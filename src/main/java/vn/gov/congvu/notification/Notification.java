package vn.gov.congvu.notification;

/**
 * A message for a user, for everyone in a group, or for a plain mail address outside the directory (a ward's health
 * station), in Vietnamese. {@code kind} is a short English code; with the
 * process instance, activity and recipient it keys the outbox, so raising the same notification twice mails once.
 * {@code occurrence} tells apart notifications a loop raises again on purpose (a reminder at each missed deadline).
 */
public record Notification(String recipient, RecipientType recipientType, String kind, String subject, String body,
    String occurrence) {

  /** Whether the recipient is a user id, a group id or an e-mail address. */
  public enum RecipientType {
    USER, GROUP, ADDRESS
  }

  public static Notification toUser(String userId, String kind, String subject, String body) {
    return new Notification(userId, RecipientType.USER, kind, subject, body, "");
  }

  public static Notification toGroup(String groupId, String kind, String subject, String body) {
    return new Notification(groupId, RecipientType.GROUP, kind, subject, body, "");
  }

  /** For a mailbox that is no directory user, such as the health service of a ward (T5). */
  public static Notification toAddress(String email, String kind, String subject, String body) {
    return new Notification(email, RecipientType.ADDRESS, kind, subject, body, "");
  }

  /** The same notification raised again on purpose, e.g. at the n-th missed deadline. */
  public Notification occurrence(Object which) {
    return new Notification(recipient, recipientType, kind, subject, body, String.valueOf(which));
  }
}
