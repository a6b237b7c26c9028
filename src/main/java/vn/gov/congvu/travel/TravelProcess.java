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
  // Decisions and reports (contract).
  public static final String VAR_APPROVED = "approved";
  public static final String VAR_DECISION_COMMENT = "decisionComment";
  public static final String VAR_RETURNED_AT = "returnedAt";
  public static final String VAR_VISITED_OUTBREAK_AREA = "visitedOutbreakArea";
  public static final String VAR_SYMPTOMS = "symptoms";
  public static final String VAR_DECLARATION_REF = "declarationRef";
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
  public static final String VAR_DEPARTURE_AT = "departureAt";
  public static final String VAR_RETURN_AT = "returnAt";
  public static final String VAR_NON_WORKING_DAYS = "nonWorkingDays";
  public static final String VAR_OUTBREAK_WARNING = "outbreakWarning";
  public static final String VAR_DECLARATION_DUE = "declarationDue";
  public static final String VAR_OUTBREAK_EXPOSURE = "outbreakExposure";
  public static final String VAR_MONITORING_END = "monitoringEnd";

  /** References read DN-2026-000123 ("đi ngoài"), from their own database sequence. */
  static final String REFERENCE_PREFIX = "DN";
  static final String REFERENCE_SEQUENCE = "travel_reference_seq";

  /** BPMN error thrown inside medical monitoring when the requester reports symptoms. */
  public static final String ERROR_SYMPTOMS = "SYMPTOMS_REPORTED";

  private TravelProcess() {
  }
}
