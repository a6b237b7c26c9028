package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Home Affairs' assessment goes into the report table with the consolidation (M2). */
@Component("recordAssessmentListener")
record RecordAssessmentListener(MonthlyReportService service) implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    service.assessed((String) task.getVariable(MonthlyReportingProcess.VAR_PERIOD),
        (String) task.getVariable(MonthlyReportingProcess.VAR_ASSESSMENT), ClockUtil.getCurrentTime().toInstant());
  }
}
