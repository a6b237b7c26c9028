package vn.gov.congvu.epidemic;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Past the deadline, each unit still adjusting goes to its superior leader, who is told. */
@Component("escalateAdjustmentsDelegate")
record EscalateAdjustmentsDelegate(AdjustmentEscalation escalation, EpidemicNotifications notifications)
    implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    for (AdjustmentEscalation.Escalated unit : escalation.escalate(execution.getProcessInstanceId())) {
      notifications.escalated(execution, unit.superiorGroup(), unit.unitId(), unit.unitName());
    }
  }
}
