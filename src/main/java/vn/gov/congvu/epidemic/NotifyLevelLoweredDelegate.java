package vn.gov.congvu.epidemic;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.congvu.epidemiclevel.OperatingMode;

/** A lowered level asks nothing of the units: their heads are told they may return to normal operation. */
@Component("notifyLevelLoweredDelegate")
record NotifyLevelLoweredDelegate(Announcements announcements, EpidemicNotifications notifications)
    implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    OperatingMode mode = AnnouncedMode.of(execution);
    for (String unitId : announcements.unitsReached((String) execution.getVariable(EpidemicProcess.VAR_AREA_UNIT_ID),
        (String) execution.getVariable(EpidemicProcess.VAR_EFFECTIVE_FROM))) {
      notifications.lowered(execution, unitId, mode);
    }
  }
}
