package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The case at a glance in the task list, whose cards show a task's name: the diagram's name followed by the case's
 * reference, kind, severity and unit in words ("Xử lý sự việc SV-2026-000001: Cán bộ vi phạm, mức độ cao – Ủy ban
 * nhân dân Phường Bến Nghé"). The diagram keeps the short name.
 */
@Component("nameIncidentTaskListener")
record NameIncidentTaskListener() implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    IncidentVariables incident = IncidentVariables.of(task);
    task.setName(task.getName() + " " + incident.reference() + ": " + IncidentLabels.category(incident.category())
        + ", mức độ " + IncidentLabels.lowerFirst(IncidentLabels.severity(incident.severity())) + " – "
        + incident.unitName());
  }
}
