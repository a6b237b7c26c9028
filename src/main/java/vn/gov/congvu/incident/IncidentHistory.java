package vn.gov.congvu.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.gov.congvu.CongVuApplication;

/** The history shown to each level: one line per level's action, who, when, and whether the clock escalated it. */
final class IncidentHistory {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of(CongVuApplication.ZONE));

  /** How a level's decision to pass the case up begins its line ({@link LevelAction} reads it back). */
  static final String ESCALATED = "Chuyển cấp trên: ";
  static final String RESOLVED = "Đã xử lý: ";
  static final String SLA_PASSED_UP = IncidentProcess.REASON_SLA_BREACH + ": quá hạn, tự động chuyển cấp trên";
  static final String SLA_AT_TOP = IncidentProcess.REASON_SLA_BREACH + ": quá hạn ở cấp cao nhất, nhắc lại";
  static final String SEPARATOR = " | ";
  /** Who a line names when no person acted (the clock, the directory). */
  static final String SYSTEM = "hệ thống";
  /** How the intake's line begins, followed by the source's code. */
  static final String RECEIVED = "Tiếp nhận từ ";

  private IncidentHistory() {
  }

  static String append(String history, Instant at, String level, String who, String what) {
    String line = WHEN.format(at) + SEPARATOR + level + SEPARATOR + (who == null ? SYSTEM : who) + SEPARATOR
        + what;
    return history == null || history.isBlank() ? line : history + "\n" + line;
  }
}
