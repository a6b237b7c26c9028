package vn.gov.congvu.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.CongVuApplication;
import vn.gov.congvu.history.VariableWrites;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;

/** Intake (E1, E4): the same validation as {@code POST /api/incidents}, then the case goes to the first level. */
@Component("prepareIncidentDelegate")
class PrepareIncidentDelegate implements JavaDelegate {

  private static final DateTimeFormatter KEY_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneId.of(CongVuApplication.ZONE));

  private final IncidentReportValidator validator;
  private final IncidentLevels levels;
  private final OrganizationDirectory directory;
  private final IncidentNotifications notifications;
  private final IdentityService identity;

  PrepareIncidentDelegate(IncidentReportValidator validator, IncidentLevels levels, OrganizationDirectory directory,
      IncidentNotifications notifications, IdentityService identity) {
    this.validator = validator;
    this.levels = levels;
    this.directory = directory;
    this.notifications = notifications;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    Authentication reporter = identity.getCurrentAuthentication();
    ValidIncidentReport report;
    try {
      report = validator.validate(new IncidentReport(incident.unitId(),
          (String) execution.getVariable(IncidentProcess.VAR_SOURCE), incident.category(), incident.severity(),
          incident.summary()), reporter == null ? null : reporter.getUserId(), isSystemOrAdmin(reporter));
    } catch (IncidentRejected e) {
      throw new BadUserRequestException(e.field() + ": " + e.getMessage());
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    // The report as validated (trimmed, codes in capitals); usually what was filed, and then nothing is written.
    VariableWrites.setIfChanged(execution, IncidentProcess.VAR_UNIT_ID, report.unitId());
    VariableWrites.setIfChanged(execution, IncidentProcess.VAR_SOURCE, report.source().name());
    VariableWrites.setIfChanged(execution, IncidentProcess.VAR_CATEGORY, report.category().name());
    VariableWrites.setIfChanged(execution, IncidentProcess.VAR_SEVERITY, report.severity().name());
    VariableWrites.setIfChanged(execution, IncidentProcess.VAR_SUMMARY, report.summary());
    execution.setVariable(IncidentProcess.VAR_URGENT, report.urgent());
    execution.setVariable(IncidentProcess.VAR_ESCALATIONS, 0);
    execution.setVariable(IncidentProcess.VAR_UNIT_NAME,
        directory.unit(report.unitId()).map(Unit::name).orElse(report.unitId()));
    String reportedBy = reporter == null ? null : reporter.getUserId();
    execution.setVariable(IncidentProcess.VAR_REPORTED_BY, reportedBy);
    var step = levels.enter(execution, report.unitId(), 0);
    execution.setVariable(IncidentProcess.VAR_HISTORY, IncidentHistory.append(null, now, step.level().name(),
        reportedBy, "Tiếp nhận từ " + report.source() + ": " + report.summary()));
    if (execution.getProcessBusinessKey() == null) {
      String id = execution.getProcessInstanceId();
      execution.setProcessBusinessKey("INCIDENT-" + KEY_TIME.format(now) + "-" + report.unitId() + "-"
          + id.substring(Math.max(0, id.length() - 6)));
    }
    notifications.arrived(execution, IncidentVariables.of(execution), "INCIDENT_REPORTED", "Sự việc mới tiếp nhận.");
  }

  private static boolean isSystemOrAdmin(Authentication reporter) {
    return reporter == null
        || (reporter.getGroupIds() != null && reporter.getGroupIds().contains(DirectoryGroups.ADMINS));
  }
}
