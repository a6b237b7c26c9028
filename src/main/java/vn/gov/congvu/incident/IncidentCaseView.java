package vn.gov.congvu.incident;

import java.util.List;

import vn.gov.congvu.incident.IncidentFormsController.Choice;

/**
 * A case as the level handling it reads it: codes in Vietnamese, people by name, the history as rows. The codes go
 * along ({@code unitId}, {@code level}, {@code category}) for the form to decide what to ask; they are not shown.
 */
record IncidentCaseView(String reference, String unitId, String unitName, String level, String levelLabel,
    String category, String categoryLabel, String severityLabel, String sourceLabel, String summary, String advice,
    List<IncidentHistoryRows.Row> history, List<Choice> handlings) {
}
