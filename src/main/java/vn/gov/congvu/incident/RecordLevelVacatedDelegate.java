package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The directory left the current level with nobody in it (its duty officers relieved, its head gone): instead of
 * waiting for the deadline, the case goes up the chain now (reason LEVEL_VACATED) and the next level is told.
 */
@Component("recordLevelVacatedDelegate")
record RecordLevelVacatedDelegate(IncidentLevels levels, IncidentNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    execution.setVariable(IncidentProcess.VAR_HISTORY, IncidentHistory.append(incident.history(),
        ClockUtil.getCurrentTime().toInstant(), incident.level(), null, IncidentProcess.REASON_LEVEL_VACATED
            + ": cấp này không còn người đảm nhiệm, tự động chuyển cấp trên"));
    levels.up(execution);
    notifications.arrived(execution, IncidentVariables.of(execution), "INCIDENT_LEVEL_VACATED",
        "Cấp dưới không còn người đảm nhiệm (danh bạ vừa thay đổi), sự việc chuyển lên.");
  }
}
