package vn.gov.congvu.incident;

/**
 * A level's decision as the case history shows it to the next levels: what it did, Home Affairs' advice when it
 * passes the case to the City, and for a resolved staff violation whether one was found, who and how handled.
 */
final class LevelDecisionText {

  /** How the violators' ids begin in a line ({@link IncidentHistoryRows} shows their names). */
  static final String VIOLATORS = ". Cán bộ vi phạm: ";

  private LevelDecisionText() {
  }

  /** What the level did, without saying whether it resolved or passed the case on. */
  static String details(IncidentVariables incident, boolean escalate) {
    StringBuilder text = new StringBuilder(incident.actionTaken());
    if (escalate && EscalationLevel.HOME_AFFAIRS.name().equals(incident.level()) && incident.advice() != null) {
      text.append(". Sở Nội vụ tham mưu, đề xuất: ").append(incident.advice());
    }
    if (!escalate && incident.staffViolation()) {
      Violators violators = incident.violators();
      text.append(violators.found() ? VIOLATORS + String.join(", ", violators.userIds())
          + "; hình thức xử lý: " + violators.handling().label() : ". Không phát hiện vi phạm");
    }
    return text.toString();
  }
}
