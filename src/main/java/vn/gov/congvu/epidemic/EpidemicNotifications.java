package vn.gov.congvu.epidemic;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.gov.congvu.epidemiclevel.OperatingMode;
import vn.gov.congvu.notification.Notification;
import vn.gov.congvu.notification.Notifications;
import vn.gov.congvu.organization.DirectoryGroups;

/** Who is told what when a level is announced: the heads of the units it reaches, and their superiors when late. */
@Component
class EpidemicNotifications {

  private final Notifications notifications;

  EpidemicNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  void adjust(DelegateExecution execution, String unitId, String unitName, OperatingMode mode) {
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(unitId), "EPIDEMIC_LEVEL_ANNOUNCED",
        "Chuyển trạng thái hoạt động theo cấp độ dịch: " + text(execution, EpidemicProcess.VAR_AREA_NAME),
        announcement(execution) + "\n\nĐơn vị " + unitName + " cần xác nhận chế độ hoạt động trong 1 ngày làm việc:\n"
            + mode.describe()));
  }

  void lowered(DelegateExecution execution, String unitId, OperatingMode mode) {
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(unitId), "EPIDEMIC_LEVEL_LOWERED",
        "Cấp độ dịch giảm: " + text(execution, EpidemicProcess.VAR_AREA_NAME),
        announcement(execution) + " (trước đó: " + text(execution, EpidemicProcess.VAR_PREVIOUS_LEVEL_NAME)
            + ").\n\nĐơn vị được nới lỏng, trở lại hoạt động " + (mode.isNormal() ? "bình thường" : "theo mức mới")
            + ":\n" + mode.describe()));
  }

  void escalated(DelegateExecution execution, String superiorGroup, String unitId, String unitName) {
    notifications.raise(execution, Notification.toGroup(superiorGroup, "EPIDEMIC_ADJUSTMENT_OVERDUE",
        "Đơn vị chưa xác nhận chế độ hoạt động: " + unitName,
        announcement(execution) + "\n\n" + unitName + " chưa xác nhận chế độ hoạt động đúng hạn (1 ngày làm việc). "
            + "Đề nghị lãnh đạo đôn đốc; lãnh đạo cấp trên có thể xác nhận thay trong Tasklist.").occurrence(unitId));
  }

  private static String announcement(VariableScope scope) {
    return text(scope, EpidemicProcess.VAR_ANNOUNCED_BY_NAME) + " công bố " + text(scope,
        EpidemicProcess.VAR_LEVEL_NAME) + " tại " + text(scope, EpidemicProcess.VAR_AREA_NAME) + " từ ngày "
        + text(scope, EpidemicProcess.VAR_EFFECTIVE_FROM_TEXT) + " (văn bản " + text(scope,
        EpidemicProcess.VAR_DECISION_REF) + ", số hồ sơ " + text(scope, EpidemicProcess.VAR_REFERENCE) + ")";
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
