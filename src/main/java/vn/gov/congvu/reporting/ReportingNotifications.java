package vn.gov.congvu.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.congvu.notification.Notification;
import vn.gov.congvu.notification.Notifications;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;

/** Who is told what in the monthly cycle. */
@Component
class ReportingNotifications {

  private static final String HOME_AFFAIRS = DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS);

  private final Notifications notifications;

  ReportingNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  void opened(DelegateExecution execution, String period, List<String> unitIds, boolean catchUp) {
    for (String unitId : unitIds) {
      notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(unitId), "MONTHLY_REPORT_OPENED",
          "Báo cáo tháng " + period, "Đề nghị đơn vị báo cáo công tác phòng, chống dịch COVID-19 và việc chấp hành "
              + "kỷ luật, kỷ cương hành chính tháng " + period + " gửi Sở Nội vụ."));
    }
    if (catchUp) {
      notifications.raise(execution, Notification.toGroup(HOME_AFFAIRS, "MONTHLY_REPORT_CAUGHT_UP",
          "Mở bù kỳ báo cáo " + period, "Kỳ báo cáo " + period + " chưa được mở đúng lịch (hệ thống ngừng hoạt "
              + "động) và đã được mở bù khi hệ thống hoạt động trở lại."));
    }
  }

  void late(DelegateExecution execution, String period, List<String> unitIds, String names) {
    for (String unitId : unitIds) {
      notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(unitId), "MONTHLY_REPORT_LATE",
          "Báo cáo tháng " + period + " đã quá hạn", "Đơn vị chưa gửi báo cáo tháng " + period + " đúng hạn."));
    }
    if (!unitIds.isEmpty()) {
      notifications.raise(execution, Notification.toGroup(HOME_AFFAIRS, "MONTHLY_REPORT_LATE",
          "Đơn vị trễ hạn báo cáo tháng " + period, "Các đơn vị chưa báo cáo đúng hạn: " + names));
    }
  }

  void directions(DelegateExecution execution, String period, List<String> unitIds, String directions) {
    for (String unitId : unitIds) {
      notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(unitId), "MONTHLY_REPORT_DIRECTIONS",
          "Chỉ đạo của Ủy ban nhân dân Thành phố về báo cáo tháng " + period, "Ủy ban nhân dân Thành phố chỉ đạo "
              + "sau khi xem xét báo cáo tháng " + period + ":\n\n" + directions));
    }
  }

  void consolidationForced(DelegateExecution execution, String period, String names) {
    notifications.raise(execution, Notification.toGroup(HOME_AFFAIRS, "MONTHLY_REPORT_CONSOLIDATION_DUE",
        "Tổng hợp báo cáo tháng " + period, "Đã đến hạn tổng hợp; các đơn vị chưa báo cáo: " + names));
  }
}
