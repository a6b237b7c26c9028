package vn.gov.congvu.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one level did with a case, read back from the case's history ({@code incidentHistory}, one line per action):
 * the history is the one record of the level at which each step happened, since {@code level} keeps only its last
 * value. The operations dashboard counts escalations per level from it.
 */
public record LevelAction(String level, Kind kind) {

  public enum Kind {
    /** The level's deadline passed and the clock moved the case up. */
    ESCALATED_BY_CLOCK,
    /** The level decided to pass the case up. */
    ESCALATED_BY_DECISION,
    RESOLVED
  }

  private static final Set<String> LEVELS = Set.of(EscalationLevel.UNIT_DUTY.name(),
      EscalationLevel.UNIT_HEAD.name(), EscalationLevel.DISTRICT.name(), EscalationLevel.HOME_AFFAIRS.name(),
      EscalationLevel.CITY.name());
  private static final String SEPARATOR = IncidentHistory.SEPARATOR;

  /**
   * The text that marks an action of this kind in a history, to count them in SQL over many cases (the trends of the
   * dashboard): it begins the action's field, after the line's last separator.
   */
  public static String marker(Kind kind) {
    return IncidentHistory.SEPARATOR + switch (kind) {
      case ESCALATED_BY_CLOCK -> IncidentHistory.SLA_PASSED_UP;
      case ESCALATED_BY_DECISION -> IncidentHistory.ESCALATED;
      case RESOLVED -> IncidentHistory.RESOLVED;
    };
  }

  /** The actions of a history in order; the intake and the reminders at the top level are no action of a level. */
  public static List<LevelAction> of(String history) {
    List<LevelAction> actions = new ArrayList<>();
    if (history == null) {
      return actions;
    }
    for (String line : history.split("\n")) {
      // time | level | who | what, "what" being the rest of the line: found by indexOf rather than a regex split,
      // the dashboard reading a year of histories at a time
      int level = line.indexOf(SEPARATOR);
      int who = level < 0 ? -1 : line.indexOf(SEPARATOR, level + SEPARATOR.length());
      int what = who < 0 ? -1 : line.indexOf(SEPARATOR, who + SEPARATOR.length());
      String name = what < 0 ? null : line.substring(level + SEPARATOR.length(), who);
      if (name != null && LEVELS.contains(name)) {
        kind(line.substring(what + SEPARATOR.length())).ifPresent(kind -> actions.add(new LevelAction(name, kind)));
      }
    }
    return actions;
  }

  private static Optional<Kind> kind(String what) {
    if (what.startsWith(IncidentHistory.SLA_PASSED_UP)) {
      return Optional.of(Kind.ESCALATED_BY_CLOCK);
    }
    if (what.startsWith(IncidentHistory.ESCALATED)) {
      return Optional.of(Kind.ESCALATED_BY_DECISION);
    }
    return what.startsWith(IncidentHistory.RESOLVED) ? Optional.of(Kind.RESOLVED)
        : Optional.empty();
  }
}
