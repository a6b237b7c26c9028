package vn.gov.congvu.travel;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.HealthService;
import vn.gov.congvu.organization.HealthServices;

/**
 * T5: symptoms mean self-isolation; the local health service of the requester's ward or district is told at once,
 * with the city Department of Health informed and the heads asked to arrange the person's work.
 */
@Component("reportIsolationDelegate")
record ReportIsolationDelegate(HealthServices healthServices, TravelNotifications notifications)
     implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TravelVariables trip = TravelVariables.of(execution);
    Optional<HealthService> local = healthServices.nearest(trip.unitId());
    execution.setVariable(TravelProcess.VAR_OUTCOME, TravelOutcome.ISOLATION.name());
    execution.setVariable(TravelProcess.VAR_HEALTH_SERVICE_NAME,
        local.map(HealthService::name).orElse(TravelNotifications.NO_LOCAL_HEALTH_SERVICE));
    notifications.isolation(execution, trip, local);
  }
}
