package vn.gov.congvu.epidemic;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.congvu.epidemiclevel.OperatingMode;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;

/** Each unit's task opens with the unit's name, the level and what the level requires; its heads are told. */
@Component("prepareAdjustmentListener")
record PrepareAdjustmentListener(OrganizationDirectory directory, EpidemicNotifications notifications)
    implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String unitId = (String) task.getVariable(EpidemicProcess.VAR_UNIT_ID);
    String unitName = directory.unit(unitId).map(Unit::name).orElse(unitId);
    OperatingMode mode = AnnouncedMode.of(task);
    task.setVariableLocal(EpidemicProcess.VAR_UNIT_NAME, unitName);
    task.setVariableLocal(EpidemicProcess.VAR_REQUIREMENTS, mode.describe());
    task.setName("Chuyển trạng thái hoạt động: " + unitName + " – cấp độ " + mode.level() + " tại "
        + task.getVariable(EpidemicProcess.VAR_AREA_NAME));
    task.setDescription(mode.describe());
    notifications.adjust(task.getExecution(), unitId, unitName, mode);
  }
}
