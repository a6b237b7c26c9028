package vn.gov.congvu.epidemic;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.SystemAuthority;

/**
 * Writes the unit's confirmed operating mode in the completion's transaction, then clears the submitted values so the
 * next unit's completion can never be read with them.
 */
@Component("recordOperatingModeListener")
record RecordOperatingModeListener(OperatingModeConfirmation confirmation, SystemAuthority system)
    implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    confirmation.confirm(task::getVariable, task.getAssignee() != null ? task.getAssignee() : system.callerId(),
        ClockUtil.getCurrentTime().toInstant());
    for (String name : OperatingModeConfirmation.SUBMITTED) {
      task.getExecution().removeVariable(name);
    }
  }
}
