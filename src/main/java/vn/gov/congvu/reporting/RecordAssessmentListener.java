package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Home Affairs' assessment goes into the report table with the consolidation (M2). */
@Component("recordAssessmentListener")
class RecordAssessmentListener implements TaskListener {

  private final MonthlyReportService service;
  private final MonthlyInputRule rule;

  RecordAssessmentListener(MonthlyReportService service, MonthlyInputRule rule) {
    this.service = service;
    this.rule = rule;
  }

  @Override
  public void notify(DelegateTask task) {
    rule.requireCompletion(task);
    service.assessed((String) task.getVariable(MonthlyReportingProcess.VAR_PERIOD),
        (String) task.getVariable(MonthlyReportingProcess.VAR_ASSESSMENT), ClockUtil.getCurrentTime().toInstant());
  }
}
