package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Writes a unit's submission to the report table in the completion's transaction, then clears the submitted values
 * so the next unit's completion can never be read with them.
 */
@Component("recordUnitReportListener")
record RecordUnitReportListener(MonthlyReportService service) implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    UnitSubmission submission = MonthlyInputRule.submission(task::getVariable);
    service.submit((String) task.getVariable(MonthlyReportingProcess.VAR_PERIOD),
        (String) task.getVariable(MonthlyReportingProcess.VAR_REPORT_UNIT_ID), submission, task.getAssignee(),
        ClockUtil.getCurrentTime().toInstant());
    for (String name : MonthlyInputRule.SUBMITTED) {
      task.getExecution().removeVariable(name);
    }
  }
}
