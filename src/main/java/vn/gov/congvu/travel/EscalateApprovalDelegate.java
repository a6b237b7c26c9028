package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Past the approval deadline the superior leader may decide too (T1), and is told so. */
@Component("escalateApprovalDelegate")
record EscalateApprovalDelegate(ApprovalCandidates candidates, TravelNotifications notifications)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    String group = trip.superiorGroup() != null ? trip.superiorGroup() : trip.approverGroup();
    candidates.add(execution.getProcessInstanceId(), group);
    notifications.escalated(execution, trip, group);
  }
}
