package vn.gov.congvu.incident;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.identity.CurrentUser;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;

/**
 * What the incident forms in Tasklist show instead of codes and logins (static/forms/incident-*.html,
 * handle-incident.html): the choices of the start form with the reporter's own unit first chosen, and a case as the
 * level handling it reads it. Reads only; the start and the completion are checked by the input rules as always.
 */
@RestController
record IncidentFormsController(IncidentReportValidator validator, OrganizationDirectory directory,
    CurrentUser currentUser, IncidentCaseReader cases) {

  /** A value of a select: the contract's code and the words people read. */
  record Choice(String value, String label) {
  }

  record StartChoices(String unitId, List<Choice> units, List<Choice> sources, List<Choice> categories,
      List<Choice> severities) {
  }

  @GetMapping("/api/incidents/choices")
  StartChoices startChoices() {
    List<Choice> units = validator.unitsFor(currentUser.caller()).stream().map(u -> new Choice(u.id(), u.name()))
        .toList();
    String own = directory.staffMember(currentUser.id()).map(StaffMember::unitId)
        .filter(id -> units.stream().anyMatch(u -> u.value().equals(id))).orElse(null);
    return new StartChoices(own, units, choices(IncidentLabels.choices(IncidentSource.class, IncidentSource::label)),
        choices(IncidentLabels.choices(IncidentCategory.class, IncidentCategory::label)),
        choices(IncidentLabels.choices(IncidentSeverity.class, IncidentSeverity::label)));
  }

  /** The case of an incident task the caller may see (404 otherwise), as {@code handle-incident} shows it. */
  @GetMapping("/api/incidents/tasks/{taskId}")
  IncidentCaseView caseOfTask(@PathVariable String taskId) {
    return cases.ofTask(taskId);
  }

  static List<Choice> choices(Map<String, String> labels) {
    return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
  }
}
