package vn.gov.congvu.travel;

/** Names of the travel-outside-the-city process (contract, rules T1–T5): one place per fact. */
public final class TravelProcess {

  public static final String KEY = "travel-approval";

  // Task keys of the contract.
  public static final String TASK_APPROVE = "approve-travel";
  public static final String TASK_REPORT_RETURN = "report-return";
  public static final String TASK_CONFIRM_DECLARATION = "confirm-health-declaration";
  public static final String TASK_ACKNOWLEDGE_MONITORING = "acknowledge-monitoring";
  public static final String TASK_REPORT_SYMPTOMS = "report-symptoms";
  public static final String TASK_ARRANGE_ISOLATION = "arrange-isolation";

  // Request (contract).
  public static final String VAR_REQUESTER_ID = "requesterId";
  public static final String VAR_DESTINATION = "destination";
  public static final String VAR_DEPARTURE_DATE = "departureDate";
  public static final String VAR_RETURN_DATE = "returnDate";
  public static final String VAR_REASON = "reason";
  /** Optional, {@code HH:mm}: an undecided request lapses at this time of the departure date (else at its end). */
  public static final String VAR_DEPARTURE_TIME = "departureTime";
  // Decisions and reports (contract).
  public static final String VAR_APPROVED = "approved";
  public static final String VAR_DECISION_COMMENT = "decisionComment";
  public static final String VAR_RETURNED_AT = "returnedAt";
  public static final String VAR_VISITED_OUTBREAK_AREA = "visitedOutbreakArea";
  public static final String VAR_SYMPTOMS = "symptoms";
  public static final String VAR_DECLARATION_REF = "declarationRef";
  /** When the declaration was made (ISO date-time); the completion time when omitted. */
  public static final String VAR_DECLARED_AT = "declaredAt";
  public static final String VAR_ARRANGEMENTS = "arrangements";
  public static final String VAR_OUTCOME = "outcome";
  /** The case's reference ("Số hồ sơ"), also its business key (contract). */
  public static final String VAR_REFERENCE = "reference";
  // Prepared by the application for the diagram and the forms.
  public static final String VAR_REQUESTER_NAME = "requesterName";
  public static final String VAR_UNIT_ID = "requesterUnitId";
  public static final String VAR_UNIT_NAME = "requesterUnitName";
  public static final String VAR_APPROVER_GROUP = "approverGroup";
  public static final String VAR_UNIT_HEADS_GROUP = "unitHeadsGroup";
  public static final String VAR_SUPERIOR_GROUP = "superiorGroup";
  /** When the trip starts: the departure time on the departure date, or the end of that day. */
  public static final String VAR_DEPARTURE_AT = "departureAt";
  /** The start of the departure date: the return can be reported from then on. */
  public static final String VAR_DEPARTURE_DAY_START = "departureDayStart";
  /** The end of the planned return date. */
  public static final String VAR_RETURN_AT = "returnAt";
  public static final String VAR_NON_WORKING_DAYS = "nonWorkingDays";
  public static final String VAR_OUTBREAK_WARNING = "outbreakWarning";
  /** The epidemic level in force where the requester's unit sits, in words (W1). */
  public static final String VAR_EPIDEMIC_LEVEL = "epidemicLevel";
  /** At level 4 only: staff should not leave home without real need (seed 004); null otherwise. */
  public static final String VAR_EPIDEMIC_WARNING = "epidemicWarning";
  public static final String VAR_DECLARATION_DUE = "declarationDue";
  /** When the clock judges an unconfirmed declaration late (T3): the due time, or later for a late return report. */
  public static final String VAR_DECLARATION_CHECK_AT = "declarationCheckAt";
  public static final String VAR_DECLARED_LATE = "declaredLate";
  /** For people: when the requester came back and when the declaration is due, in Vietnam time. */
  public static final String VAR_DECLARATION_WINDOW = "declarationWindow";
  public static final String VAR_HEALTH_SERVICE_NAME = "healthServiceName";
  public static final String VAR_OUTBREAK_EXPOSURE = "outbreakExposure";
  public static final String VAR_MONITORING_END = "monitoringEnd";

  /** References read DN-2026-000123 ("đi ngoài"), from their own database sequence. */
  static final String REFERENCE_PREFIX = "DN";
  static final String REFERENCE_SEQUENCE = "travel_reference_seq";
  /** The cause of a late declaration in the register, whichever path finds it: recorded once per trip. */
  public static final String CAUSE_LATE_DECLARATION = "late-health-declaration";

  /** BPMN error thrown inside medical monitoring when the requester reports symptoms. */
  public static final String ERROR_SYMPTOMS = "SYMPTOMS_REPORTED";

  private TravelProcess() {
  }
}
