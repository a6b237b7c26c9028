package vn.gov.congvu.incident;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.identity.CurrentUser;
import vn.gov.congvu.web.StartedCase;

/** {@code POST /api/incidents}: intake for the 1022 portal and other systems (contract). */
@RestController
record IncidentController(IncidentReportValidator validator, RuntimeService runtime, CurrentUser currentUser) {

  @PostMapping("/api/incidents")
  @ResponseStatus(HttpStatus.CREATED)
  StartedCase report(@RequestBody IncidentReport report) {
    ValidIncidentReport valid = validator.validate(report, currentUser.caller());
    return StartedCase.of(runtime.startProcessInstanceByKey(IncidentProcess.KEY, valid.variables()));
  }
}
