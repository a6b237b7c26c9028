package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The City People's Committee's directions, if any, go into the report; the diagram sends them on when given. */
@Component("recordDirectionsListener")
record RecordDirectionsListener(MonthlyReportService service) implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String directions = UnitSubmissionRule.optionalText(task::getVariable, MonthlyReportingProcess.VAR_DIRECTIONS);
    service.directed((String) task.getVariable(MonthlyReportingProcess.VAR_PERIOD), directions);
    task.getExecution().setVariable(MonthlyReportingProcess.VAR_DIRECTIONS_GIVEN, directions != null);
  }
}
