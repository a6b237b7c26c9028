package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.SystemAuthority;

/** The district's consolidated report goes into the report table and on to Home Affairs, in the completion. */
@Component("recordDistrictReportListener")
record RecordDistrictReportListener(DistrictReportService service, SystemAuthority system) implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    service.sent((String) task.getVariable(MonthlyReportingProcess.VAR_PERIOD),
        (String) task.getVariable(MonthlyReportingProcess.VAR_DISTRICT_ID),
        UnitSubmissionRule.optionalText(task::getVariable, MonthlyReportingProcess.VAR_DISTRICT_SUMMARY),
        task.getAssignee() != null ? task.getAssignee() : system.callerId(), ClockUtil.getCurrentTime().toInstant());
  }
}
