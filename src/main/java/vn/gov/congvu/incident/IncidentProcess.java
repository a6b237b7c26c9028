package vn.gov.congvu.incident;

/** Names of the urgent-incident escalation process (contract, rules E1–E5): one place per fact. */
public final class IncidentProcess {

  public static final String KEY = "incident-escalation";
  public static final String DECISION_SLA = "incident-sla";

  public static final String TASK_HANDLE = "handle-incident";
  public static final String TASK_ACKNOWLEDGE_URGENT = "acknowledge-urgent-report";

  // Intake (contract).
  public static final String VAR_UNIT_ID = "unitId";
  public static final String VAR_SOURCE = "source";
  public static final String VAR_CATEGORY = "category";
  public static final String VAR_SEVERITY = "severity";
  public static final String VAR_SUMMARY = "summary";
  // Handling (contract).
  public static final String VAR_DECISION = "decision";
  public static final String VAR_ACTION_TAKEN = "actionTaken";
  /** Whether resolving a staff violation found one; taken as true when a violator is named. */
  public static final String VAR_VIOLATION_FOUND = "violationFound";
  public static final String VAR_VIOLATOR_ID = "violatorId";
  /** Further violators, comma-separated user ids. */
  public static final String VAR_OTHER_VIOLATOR_IDS = "otherViolatorIds";
  /** The form of handling ({@code ViolationHandling}); CHO_XEM_XET when omitted. */
  public static final String VAR_HANDLING = "handling";
  /** Home Affairs' advice to the City when it passes a case up (seed 000 "tham mưu, đề xuất"). */
  public static final String VAR_ADVICE = "advice";
  public static final String VAR_LEVEL = "level";
  public static final String VAR_OUTCOME = "outcome";
  /** The case's reference ("Số hồ sơ"), also its business key (contract). */
  public static final String VAR_REFERENCE = "reference";
  public static final String VAR_RESOLVED_LEVEL = "resolvedLevel";
  public static final String VAR_ESCALATIONS = "escalations";
  // Kept by the application for the diagram and the forms.
  public static final String VAR_LEVEL_INDEX = "levelIndex";
  public static final String VAR_CANDIDATE_GROUP = "candidateGroup";
  public static final String VAR_LEVEL_SLA = "levelSla";
  public static final String VAR_URGENT = "urgent";
  public static final String VAR_ESCALATED = "escalated";
  public static final String VAR_HISTORY = "incidentHistory";
  public static final String VAR_UNIT_NAME = "unitName";
  public static final String VAR_REPORTED_BY = "reportedBy";
  /** The severity and the current level in Vietnamese, for the columns of the Tasklist filters. */
  public static final String VAR_SEVERITY_LABEL = "severityLabel";
  public static final String VAR_LEVEL_LABEL = "levelLabel";

  /** References read SV-2026-000045 ("sự việc"), from their own database sequence. */
  static final String REFERENCE_PREFIX = "SV";
  static final String REFERENCE_SEQUENCE = "incident_reference_seq";

  public static final String OUTCOME_RESOLVED = "RESOLVED";
  public static final String REASON_SLA_BREACH = "SLA_BREACH";
  public static final String REASON_LEVEL_VACATED = "LEVEL_VACATED";
  /** Correlated when a directory change leaves the current level with nobody in it. */
  public static final String MESSAGE_LEVEL_VACATED = "incident-level-vacated";

  private IncidentProcess() {
  }
}
