package vn.gov.congvu.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The case history as people read it: one row per line of {@code incidentHistory} (kept as the chain writes it, with
 * codes and logins, for the dashboard's counts), with the level in Vietnamese, the person's full name, and the
 * action without its codes (reason codes dropped, the source and the violators named). A line a person's own text
 * broke (an action written over several lines) stays with its row.
 */
final class IncidentHistoryRows {

  /** One row of the table a level reads: when (dd/MM/yyyy HH:mm), at which level, who, and what was done. */
  record Row(String at, String level, String person, String action) {
  }

  static final String SYSTEM = "Hệ thống (tự động)";
  private static final Pattern LINE = Pattern.compile("^(\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2})"
      + Pattern.quote(IncidentHistory.SEPARATOR) + "([A-Z_]+)" + Pattern.quote(IncidentHistory.SEPARATOR) + "(.*?)"
      + Pattern.quote(IncidentHistory.SEPARATOR) + "(.*)$");
  private static final Pattern REASON_CODE = Pattern.compile("^(" + IncidentProcess.REASON_SLA_BREACH + "|"
      + IncidentProcess.REASON_LEVEL_VACATED + "): ");
  private static final Pattern INTAKE = Pattern.compile("^(" + IncidentHistory.RECEIVED + ")([A-Z_0-9]+)(: )");
  private static final Pattern VIOLATORS = Pattern.compile("(" + Pattern.quote(LevelDecisionText.VIOLATORS)
      + ")([^;]*)(;)");

  private IncidentHistoryRows() {
  }

  /** The rows of a history, oldest first; {@code nameOf} gives a login's full name (or the login when unknown). */
  static List<Row> of(String history, UnaryOperator<String> nameOf) {
    List<String[]> lines = new ArrayList<>();
    if (history != null) {
      for (String line : history.split("\n")) {
        Matcher parts = LINE.matcher(line);
        if (parts.matches()) {
          lines.add(new String[] {parts.group(1), parts.group(2), parts.group(3), parts.group(4)});
        } else if (!lines.isEmpty()) {
          lines.get(lines.size() - 1)[3] += "\n" + line;
        }
      }
    }
    return lines.stream().map(line -> new Row(line[0], IncidentLabels.level(line[1]),
        IncidentHistory.SYSTEM.equals(line[2]) ? SYSTEM : nameOf.apply(line[2]), action(line[3], nameOf))).toList();
  }

  private static String action(String what, UnaryOperator<String> nameOf) {
    Matcher reason = REASON_CODE.matcher(what);
    String text = reason.find() ? capitalized(what.substring(reason.end())) : what;
    Matcher intake = INTAKE.matcher(text);
    if (intake.find()) {
      text = intake.group(1) + IncidentLabels.source(intake.group(2)) + intake.group(3) + text.substring(intake.end());
    }
    Matcher violators = VIOLATORS.matcher(text);
    if (violators.find()) {
      String names = Violators.split(violators.group(2)).stream().map(nameOf).collect(Collectors.joining(", "));
      text = text.substring(0, violators.start(2)) + names + text.substring(violators.end(2));
    }
    return text;
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
