package vn.gov.congvu.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import vn.gov.congvu.CongVuApplication;

/** A case the application accepted, placed at the first level of its chain: the variables the process keeps. */
record Intake(ValidIncidentReport report, String unitName, String reportedBy, EscalationStep firstLevel,
    String history) {

  private static final DateTimeFormatter KEY_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneId.of(CongVuApplication.ZONE));

  Map<String, Object> variables() {
    // The report as validated (trimmed, codes in capitals); usually what was filed.
    Map<String, Object> variables = report.variables();
    variables.put(IncidentProcess.VAR_URGENT, report.urgent());
    variables.put(IncidentProcess.VAR_ESCALATIONS, 0);
    variables.put(IncidentProcess.VAR_UNIT_NAME, unitName);
    variables.put(IncidentProcess.VAR_REPORTED_BY, reportedBy);
    variables.putAll(IncidentLevels.variables(firstLevel, 0));
    variables.put(IncidentProcess.VAR_HISTORY, history);
    return variables;
  }

  /** A readable business key for Tasklist and Cockpit. */
  String businessKey(Instant at, String processInstanceId) {
    return "INCIDENT-" + KEY_TIME.format(at) + "-" + report.unitId() + "-"
        + processInstanceId.substring(Math.max(0, processInstanceId.length() - 6));
  }
}
