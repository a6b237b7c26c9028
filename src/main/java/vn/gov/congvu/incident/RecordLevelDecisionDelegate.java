package vn.gov.congvu.incident;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Writes the level's decision into the history; on ESCALATE the case moves one level up and the decision fields are
 * cleared so the next level starts from an empty form, except Home Affairs' advice, which the City is to see.
 */
@Component("recordLevelDecisionDelegate")
record RecordLevelDecisionDelegate(IncidentLevels levels, IncidentNotifications notifications, IdentityService identity)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    boolean escalate = IncidentDecision.ESCALATE.name().equals(incident.decision());
    Authentication who = identity.getCurrentAuthentication();
    // Read before the level moves and the decision fields are cleared.
    String details = LevelDecisionText.details(incident, escalate);
    execution.setVariable(IncidentProcess.VAR_HISTORY, IncidentHistory.append(incident.history(),
        ClockUtil.getCurrentTime().toInstant(), incident.level(), who == null ? null : who.getUserId(),
        (escalate ? IncidentHistory.ESCALATED : IncidentHistory.RESOLVED) + details));
    // Read only by the gateway that follows in the same transaction: transient, so neither stored nor written to
    // the history at every level. Instances from before still hold a stored one, which a transient may not replace.
    execution.setVariable(IncidentProcess.VAR_ESCALATED, execution.hasVariable(IncidentProcess.VAR_ESCALATED)
        ? Variables.booleanValue(escalate) : Variables.booleanValue(escalate, true));
    if (escalate) {
      levels.up(execution);
      execution.removeVariable(IncidentProcess.VAR_DECISION);
      execution.removeVariable(IncidentProcess.VAR_ACTION_TAKEN);
      execution.removeVariables(List.of(IncidentProcess.VAR_VIOLATION_FOUND, IncidentProcess.VAR_VIOLATOR_ID,
          IncidentProcess.VAR_OTHER_VIOLATOR_IDS, IncidentProcess.VAR_HANDLING));
      notifications.arrived(execution, IncidentVariables.of(execution), "INCIDENT_ESCALATED",
          "Cấp dưới chuyển lên: " + details);
    }
  }
}
