package vn.gov.congvu.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.congvu.notification.Notification;
import vn.gov.congvu.notification.Notifications;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;

/** Who is told what in the incident chain. */
@Component
class IncidentNotifications {

  private final Notifications notifications;

  IncidentNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  /** Each pass of the chain's loop is its own occurrence: a reminder at the City is mailed again on purpose. */
  void arrived(DelegateExecution execution, IncidentVariables incident, String kind, String why) {
    notifications.raise(execution, Notification.toGroup(incident.candidateGroup(), kind,
        "Sự việc cần xử lý (" + incident.severity() + "): " + incident.unitName(),
        why + "\nĐơn vị: " + incident.unitName() + "\nNội dung: " + incident.summary())
        .occurrence(execution.getActivityInstanceId()));
  }

  void healthDepartment(DelegateExecution execution, IncidentVariables incident) {
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.members(OrganizationDirectory.HEALTH_DEPT),
        "INCIDENT_HEALTH_NOTICE", "Ca nhiễm COVID-19 trong cán bộ tại " + incident.unitName(),
        "Mức độ: " + incident.severity() + "\nĐơn vị: " + incident.unitName() + "\nNội dung: " + incident.summary()
            + "\nSự việc đồng thời được báo cáo khẩn Sở Nội vụ và xử lý theo cấp."));
  }

  void urgent(DelegateExecution execution, IncidentVariables incident) {
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS),
        "INCIDENT_URGENT_REPORT", "Báo cáo khẩn: " + incident.category() + " tại " + incident.unitName(),
        "Mức độ: " + incident.severity() + "\nNội dung: " + incident.summary()));
  }
}
