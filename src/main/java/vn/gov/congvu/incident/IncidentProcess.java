package vn.gov.congvu.incident;

/** Names of the urgent-incident escalation process (contract, rules E1–E5). */
public final class IncidentProcess {

  public static final String KEY = "incident-escalation";
  public static final String VAR_UNIT_ID = "unitId";
  public static final String VAR_SEVERITY = "severity";
  public static final String VAR_LEVEL = "level";

  private IncidentProcess() {
  }
}
