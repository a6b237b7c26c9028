package vn.gov.congvu.travel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.congvu.notification.Notification;
import vn.gov.congvu.notification.Notifications;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.HealthService;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;

/** Who is told what in the travel process (requester on decision, expiry and overdue return; heads on the rest). */
@Component
class TravelNotifications {

  /** What the isolation task shows when the directory knows no health service for the requester's unit. */
  static final String NO_LOCAL_HEALTH_SERVICE = "Chưa có cơ sở y tế địa phương trong danh bạ (đã báo Sở Y tế)";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Notifications notifications;
  private final OrganizationDirectory directory;

  TravelNotifications(Notifications notifications, OrganizationDirectory directory) {
    this.notifications = notifications;
    this.directory = directory;
  }

  void requested(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toGroup(trip.approverGroup(), "TRAVEL_REQUESTED",
        "Đề nghị ra khỏi thành phố cần phê duyệt: " + trip.requesterName(),
        trip.requesterName() + " (" + trip.unitName() + ") đề nghị đi " + trip.destination() + " từ ngày "
            + day(trip.departureDate()) + departureTime(trip) + " đến ngày " + day(trip.returnDate()) + ". Lý do: "
            + trip.reason()));
  }

  void escalated(DelegateExecution execution, TravelVariables trip, String group) {
    notifications.raise(execution, Notification.toGroup(group, "TRAVEL_APPROVAL_OVERDUE",
        "Đề nghị ra khỏi thành phố quá hạn phê duyệt: " + trip.requesterName(),
        "Đề nghị của " + trip.requesterName() + " (" + trip.unitName() + ") đi " + trip.destination()
            + " chưa được phê duyệt đúng hạn và được chuyển lãnh đạo cấp trên."));
  }

  void approved(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toUser(trip.requesterId(), "TRAVEL_APPROVED",
        "Đề nghị ra khỏi thành phố được đồng ý", tripText(trip) + " đã được đồng ý. Khi trở về (kể cả về sớm), báo "
            + "cáo đơn vị và khai báo y tế trong 24 giờ."));
  }

  void rejected(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toUser(trip.requesterId(), "TRAVEL_REJECTED",
        "Đề nghị ra khỏi thành phố không được đồng ý", tripText(trip) + " không được đồng ý. Lý do: "
            + trip.decisionComment()));
  }

  void expired(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toUser(trip.requesterId(), "TRAVEL_EXPIRED",
        "Đề nghị ra khỏi thành phố hết hiệu lực", "Đề nghị đi " + trip.destination() + " ngày "
            + day(trip.departureDate()) + departureTime(trip)
            + " chưa được phê duyệt trước giờ khởi hành nên đã hết hiệu lực."));
  }

  /** T2: one reminder to the requester and one notice to the heads when the return report is overdue. */
  void returnOverdue(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toUser(trip.requesterId(), "TRAVEL_RETURN_REMINDER",
        "Nhắc báo cáo đã trở về", tripText(trip) + " đã quá hạn báo cáo trở về. Đề nghị báo cáo ngay (việc "
            + "\"Báo cáo đã trở về\") và khai báo y tế trong 24 giờ sau khi về."));
    notifications.raise(execution, Notification.toGroup(trip.unitHeadsGroup(), "TRAVEL_RETURN_OVERDUE",
        "Cán bộ chưa báo cáo đã trở về: " + trip.requesterName(), trip.requesterName() + " (" + trip.unitName()
            + ") chưa báo cáo đã trở về sau chuyến đi " + trip.destination() + ", ngày về dự kiến "
            + day(trip.returnDate()) + ", quá hạn hết ngày làm việc tiếp theo."));
  }

  void lateDeclaration(DelegateExecution execution, TravelVariables trip) {
    String what = trip.declaredAt() == null ? " nhưng chưa xác nhận khai báo y tế trong 24 giờ."
        : " nhưng khai báo y tế quá 24 giờ sau khi về.";
    notifications.raise(execution, Notification.toGroup(trip.unitHeadsGroup(), "TRAVEL_LATE_DECLARATION",
        "Cán bộ không khai báo y tế trong 24 giờ: " + trip.requesterName(),
        trip.requesterName() + " đã về từ " + trip.destination() + what + " Vi phạm đã được ghi nhận."));
  }

  void monitoring(DelegateExecution execution, TravelVariables trip) {
    String body = trip.requesterName() + " (" + trip.unitName() + ") đã đến " + trip.destination()
        + ", nơi cơ quan y tế công bố có ca bệnh, và được theo dõi y tế chặt chẽ.";
    notifications.raise(execution, Notification.toGroup(trip.unitHeadsGroup(), "TRAVEL_MONITORING",
        "Cán bộ thuộc diện theo dõi y tế: " + trip.requesterName(), body));
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.members(OrganizationDirectory.HEALTH_DEPT),
        "TRAVEL_MONITORING", "Theo dõi y tế cán bộ về từ vùng dịch: " + trip.requesterName(), body));
  }

  /**
   * T5 "thông báo ngay cơ sở y tế tại địa phương": the local health service to guide the person, the Department of
   * Health informed, the heads to arrange the person's work while they isolate.
   */
  void isolation(DelegateExecution execution, TravelVariables trip, Optional<HealthService> local) {
    String phone = directory.staffMember(trip.requesterId()).map(StaffMember::phone)
        .map(p -> ", điện thoại " + p).orElse("");
    String body = trip.requesterName() + " (" + trip.unitName() + phone + ") có ho, sốt, khó thở hoặc dấu hiệu "
        + "nghi mắc COVID-19 sau chuyến đi " + trip.destination() + " và đang tự cách ly.";
    String subject = "Cán bộ có triệu chứng nghi mắc COVID-19: " + trip.requesterName();
    local.ifPresent(service -> notifications.raise(execution, Notification.toAddress(service.email(),
        "TRAVEL_ISOLATION", subject, "Kính gửi " + service.name() + ",\n" + body
            + "\nĐề nghị hướng dẫn xử trí kịp thời.")));
    String informed = local.map(s -> "Đã báo " + s.name() + ".").orElse("Đơn vị chưa có cơ sở y tế địa phương "
        + "trong danh bạ.");
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.members(OrganizationDirectory.HEALTH_DEPT),
        "TRAVEL_ISOLATION", subject, body + "\n" + informed));
    notifications.raise(execution, Notification.toGroup(trip.unitHeadsGroup(), "TRAVEL_ISOLATION",
        "Bố trí công việc khi cán bộ tự cách ly: " + trip.requesterName(), body + "\n" + informed
            + " Đề nghị bố trí công việc của cán bộ trong thời gian tự cách ly."));
  }

  private static String tripText(TravelVariables trip) {
    return "Chuyến đi " + trip.destination() + " từ " + day(trip.departureDate()) + " đến " + day(trip.returnDate());
  }

  private static String departureTime(TravelVariables trip) {
    String time = trip.departureTime();
    return time == null || time.isBlank() ? "" : " lúc " + time;
  }

  private static String day(String iso) {
    return iso == null ? "" : LocalDate.parse(iso).format(DAY);
  }
}
