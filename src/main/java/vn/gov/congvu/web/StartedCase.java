package vn.gov.congvu.web;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The contract's answer to a start: the instance and the case's reference ("Số hồ sơ"), its business key. */
public record StartedCase(String processInstanceId, String reference) {

  public static StartedCase of(ProcessInstance instance) {
    return new StartedCase(instance.getId(), instance.getBusinessKey());
  }
}
