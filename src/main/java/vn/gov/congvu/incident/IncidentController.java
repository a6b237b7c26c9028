package vn.gov.congvu.incident;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.identity.CurrentUser;

/** {@code POST /api/incidents}: intake for the 1022 portal and other systems (contract). */
@RestController
class IncidentController {

  private final IncidentReportValidator validator;
  private final RuntimeService runtime;
  private final CurrentUser currentUser;

  IncidentController(IncidentReportValidator validator, RuntimeService runtime, CurrentUser currentUser) {
    this.validator = validator;
    this.runtime = runtime;
    this.currentUser = currentUser;
  }

  record Started(String processInstanceId) {
  }

  @PostMapping("/api/incidents")
  @ResponseStatus(HttpStatus.CREATED)
  Started report(@RequestBody IncidentReport report) {
    ValidIncidentReport valid = validator.validate(report, currentUser.caller());
    Map<String, Object> variables = new HashMap<>();
    variables.put(IncidentProcess.VAR_UNIT_ID, valid.unitId());
    variables.put(IncidentProcess.VAR_SOURCE, valid.source().name());
    variables.put(IncidentProcess.VAR_CATEGORY, valid.category().name());
    variables.put(IncidentProcess.VAR_SEVERITY, valid.severity().name());
    variables.put(IncidentProcess.VAR_SUMMARY, valid.summary());
    return new Started(runtime.startProcessInstanceByKey(IncidentProcess.KEY, variables).getId());
  }
}
