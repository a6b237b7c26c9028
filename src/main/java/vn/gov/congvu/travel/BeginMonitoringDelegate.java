package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** T4: close medical monitoring starts; the heads and the health department are told. */
@Component("beginMonitoringDelegate")
record BeginMonitoringDelegate(TravelRequestService service, TravelNotifications notifications) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(TravelProcess.VAR_MONITORING_END,
        service.monitoringEnd(ClockUtil.getCurrentTime().toInstant()));
    notifications.monitoring(execution, TravelVariables.of(execution));
  }
}
