package vn.gov.congvu.incident;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.identity.CurrentUser;

/** {@code POST /api/incidents}: intake for the 1022 portal and other systems (contract). */
@RestController
record IncidentController(IncidentReportValidator validator, RuntimeService runtime, CurrentUser currentUser) {

  record Started(String processInstanceId) {
  }

  @PostMapping("/api/incidents")
  @ResponseStatus(HttpStatus.CREATED)
  Started report(@RequestBody IncidentReport report) {
    ValidIncidentReport valid = validator.validate(report, currentUser.caller());
    return new Started(runtime.startProcessInstanceByKey(IncidentProcess.KEY, valid.variables()).getId());
  }
}
