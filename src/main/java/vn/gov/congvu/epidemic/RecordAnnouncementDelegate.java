package vn.gov.congvu.epidemic;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.congvu.history.VariableWrites;
import vn.gov.congvu.identity.SystemAuthority;

/**
 * Records the announcement in the register inside the start (a refusal leaves neither instance nor row) and ends an
 * earlier announcement's adjustments for the same area.
 */
@Component("recordAnnouncementDelegate")
record RecordAnnouncementDelegate(Announcements announcements, SystemAuthority system) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String announcedBy = system.callerId() != null ? system.callerId() : Announcements.SYSTEM;
    Map<String, Object> recorded = announcements.record(execution.getVariables(), execution.getProcessInstanceId(),
        announcedBy, ClockUtil.getCurrentTime().toInstant());
    VariableWrites.setIfChanged(execution, recorded);
    // The reference is the application's: a business key a client sent with the start is replaced.
    execution.setProcessBusinessKey((String) recorded.get(EpidemicProcess.VAR_REFERENCE));
  }
}
