package vn.gov.congvu.epidemic;

/** Names of the epidemic-level process (contract "Epidemic levels", rules W1–W4): one place per fact. */
public final class EpidemicProcess {

  public static final String KEY = "epidemic-level-change";
  public static final String TASK_ADJUST = "adjust-operations";

  // The announcement (contract).
  public static final String VAR_AREA_UNIT_ID = "areaUnitId";
  public static final String VAR_LEVEL = "level";
  /** {@code yyyy-MM-dd}. */
  public static final String VAR_EFFECTIVE_FROM = "effectiveFrom";
  public static final String VAR_DECISION_REF = "decisionRef";
  // A head's confirmation (contract).
  public static final String VAR_ON_SITE_PERCENT = "onSitePercent";
  public static final String VAR_WORK_FROM_HOME = "workFromHome";
  public static final String VAR_CITIZEN_RECEPTION = "citizenReception";
  public static final String VAR_ONLINE_MEETINGS = "onlineMeetings";
  public static final String VAR_ESSENTIAL_REASON = "essentialReason";
  /** The case's reference ("Số hồ sơ"), also its business key. */
  public static final String VAR_REFERENCE = "reference";

  // Prepared by the application for the diagram and the forms.
  public static final String VAR_ANNOUNCEMENT_ID = "announcementId";
  public static final String VAR_AREA_NAME = "areaName";
  public static final String VAR_LEVEL_NAME = "levelName";
  /** The effective date for people, {@code dd/MM/yyyy}. */
  public static final String VAR_EFFECTIVE_FROM_TEXT = "effectiveFromText";
  public static final String VAR_ANNOUNCED_BY_NAME = "announcedByName";
  public static final String VAR_PREVIOUS_LEVEL_NAME = "previousLevelName";
  /** True when the level is below the one in force before: units may relax, nobody needs to confirm. */
  public static final String VAR_LOWERED = "lowered";
  // The decision table's answer, mapped by the diagram.
  public static final String VAR_ON_SITE_CAP = "onSiteCapPercent";
  public static final String VAR_REQUIRED_RECEPTION = "requiredCitizenReception";
  public static final String VAR_REQUIRED_ONLINE_MEETINGS = "requiredOnlineMeetings";
  // Each unit's task (the multi-instance element and what its task shows).
  public static final String VAR_UNIT_ID = "adjustUnitId";
  public static final String VAR_UNIT_NAME = "unitName";
  public static final String VAR_REQUIREMENTS = "requirements";

  /** Correlated to an earlier announcement's instance for the same area while its units are still adjusting. */
  public static final String MESSAGE_SUPERSEDED = "epidemic-level-superseded";

  /** References read CD-2026-000001 ("cấp độ"), from their own database sequence. */
  static final String REFERENCE_PREFIX = "CD";
  static final String REFERENCE_SEQUENCE = "epidemic_reference_seq";

  private EpidemicProcess() {
  }
}
