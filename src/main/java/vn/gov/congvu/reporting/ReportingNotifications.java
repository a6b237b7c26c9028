package vn.gov.congvu.reporting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

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
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
      .withZone(ReportPeriod.ZONE);

  private final Notifications notifications;

  ReportingNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  /** Each unit is asked to report to whom it reports and by when (dd/MM/yyyy HH:mm, Vietnam time). */
  void opened(DelegateExecution execution, String yearMonth, OpenedCycle cycle, Function<String, String> unitName,
      boolean catchUp) {
    String period = ReportPeriod.people(yearMonth); // "10/2026", as people write it
    String due = DUE.format(cycle.submissionDue());
    for (String unitId : cycle.unitIds()) {
      String district = cycle.reportsThrough().get(unitId);
      String to = district == null || district.equals(unitId) ? "Sở Nội vụ" : unitName.apply(district);
      notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(unitId), "MONTHLY_REPORT_OPENED",
          "Báo cáo tháng " + period, "Đề nghị đơn vị báo cáo công tác phòng, chống dịch COVID-19 và việc chấp hành "
              + "kỷ luật, kỷ cương hành chính tháng " + period + " gửi " + to + " trước " + due + "."));
    }
    if (catchUp) {
      notifications.raise(execution, Notification.toGroup(HOME_AFFAIRS, "MONTHLY_REPORT_CAUGHT_UP",
          "Mở bù kỳ báo cáo tháng " + period, "Kỳ báo cáo tháng " + period + " chưa được mở đúng lịch (hệ thống "
              + "ngừng hoạt động) và đã được mở bù khi hệ thống hoạt động trở lại."));
    }
  }

  void late(DelegateExecution execution, String yearMonth, List<String> unitIds, String names) {
    String period = ReportPeriod.people(yearMonth);
    for (String unitId : unitIds) {
      notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(unitId), "MONTHLY_REPORT_LATE",
          "Báo cáo tháng " + period + " đã quá hạn", "Đơn vị chưa gửi báo cáo tháng " + period + " đúng hạn."));
    }
    if (!unitIds.isEmpty()) {
      notifications.raise(execution, Notification.toGroup(HOME_AFFAIRS, "MONTHLY_REPORT_LATE",
          "Đơn vị trễ hạn báo cáo tháng " + period, "Các đơn vị chưa báo cáo đúng hạn: " + names));
    }
  }

  void directions(DelegateExecution execution, String yearMonth, List<String> unitIds, String directions) {
    String period = ReportPeriod.people(yearMonth);
    for (String unitId : unitIds) {
      notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(unitId), "MONTHLY_REPORT_DIRECTIONS",
          "Chỉ đạo của Ủy ban nhân dân Thành phố về báo cáo tháng " + period, "Ủy ban nhân dân Thành phố chỉ đạo "
              + "sau khi xem xét báo cáo tháng " + period + ":\n\n" + directions));
    }
  }

  /** The district's head consolidates at the month-end with what came in; the late units are named. */
  void districtMonthEnd(DelegateExecution execution, String yearMonth, String districtId, String lateNames) {
    String period = ReportPeriod.people(yearMonth);
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.heads(districtId),
        "MONTHLY_DISTRICT_CONSOLIDATION_DUE", "Tổng hợp báo cáo tháng " + period, "Đã hết hạn báo cáo tháng "
            + period + "; đề nghị tổng hợp báo cáo của quận và các phường gửi Sở Nội vụ. Đơn vị chưa báo cáo: "
            + lateNames));
  }

  void consolidationForced(DelegateExecution execution, String yearMonth, String names) {
    String period = ReportPeriod.people(yearMonth);
    notifications.raise(execution, Notification.toGroup(HOME_AFFAIRS, "MONTHLY_REPORT_CONSOLIDATION_DUE",
        "Tổng hợp báo cáo tháng " + period, "Đã đến hạn tổng hợp; các đơn vị chưa báo cáo: " + names));
  }
}
