package vn.gov.congvu.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Working time as a diagram writes it, so a process owner reads the rule where it applies: {@code working PT8H}
 * counts office hours, {@code working P2D} working days (the same time of day). Months, years and weeks are refused:
 * a "working month" has no agreed meaning, and a silent zero would be a deadline that never waits.
 */
record WorkingDuration(Duration officeTime, int days) {

  static final String PREFIX = "working ";
  private static final Pattern OFFICE_TIME = Pattern.compile("PT(\\d+H)?(\\d+M)?");
  private static final Pattern DAYS = Pattern.compile("P(\\d+)D");

  static boolean isWorking(String description) {
    return description != null && description.startsWith(PREFIX);
  }

  static WorkingDuration parse(String description) {
    String iso = description.substring(PREFIX.length()).trim();
    var days = DAYS.matcher(iso);
    if (days.matches()) {
      return new WorkingDuration(Duration.ZERO, Integer.parseInt(days.group(1)));
    }
    if (OFFICE_TIME.matcher(iso).matches() && !iso.equals("PT")) {
      try {
        return new WorkingDuration(Duration.parse(iso), 0);
      } catch (DateTimeParseException e) {
        // falls through to the refusal below
      }
    }
    throw new IllegalArgumentException("Working time '" + description + "' must be 'working PTnHnM' (office hours) "
        + "or 'working PnD' (working days)");
  }

  Instant addTo(Instant start, WorkCalendar calendar) {
    return days > 0 ? calendar.addWorkingDays(start, days) : calendar.addWorkingTime(start, officeTime);
  }
}
