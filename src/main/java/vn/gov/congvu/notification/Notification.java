package vn.gov.congvu.notification;
// STUB
public record Notification(String recipient, boolean group, String kind, String subject, String body) {
  public static Notification toUser(String u, String k, String s, String b) { return new Notification(u, false, k, s, b); }
  public static Notification toGroup(String g, String k, String s, String b) { return new Notification(g, true, k, s, b); }
}
