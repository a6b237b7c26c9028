package vn.gov.congvu.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.gov.congvu.CongVuApplication;

/** The history shown to each level: one line per level's action, who, when, and whether the clock escalated it. */
final class IncidentHistory {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of(CongVuApplication.ZONE));

  private IncidentHistory() {
  }

  static String append(String history, Instant at, String level, String who, String what) {
    String line = WHEN.format(at) + " | " + level + " | " + (who == null ? "hệ thống" : who) + " | " + what;
    return history == null || history.isBlank() ? line : history + "\n" + line;
  }
}
