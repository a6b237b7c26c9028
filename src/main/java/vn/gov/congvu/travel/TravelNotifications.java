package vn.gov.congvu.travel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.gov.congvu.notification.Notification;
import vn.gov.congvu.notification.Notifications;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;

/** Who is told what in the travel process (issue: requester on decision and expiry; heads on the rest). */
@Component
class TravelNotifications {

  private final Notifications notifications;

  TravelNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  void requested(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toGroup(trip.approverGroup(), "TRAVEL_REQUESTED",
        "Đề nghị ra khỏi thành phố cần phê duyệt: " + trip.requesterName(),
        trip.requesterName() + " (" + trip.unitName() + ") đề nghị đi " + trip.destination() + " từ ngày "
            + trip.departureDate() + " đến ngày " + trip.returnDate() + ". Lý do: " + trip.reason()));
  }

  void escalated(DelegateExecution execution, TravelVariables trip, String group) {
    notifications.raise(execution, Notification.toGroup(group, "TRAVEL_APPROVAL_OVERDUE",
        "Đề nghị ra khỏi thành phố quá hạn phê duyệt: " + trip.requesterName(),
        "Đề nghị của " + trip.requesterName() + " (" + trip.unitName() + ") đi " + trip.destination()
            + " chưa được phê duyệt đúng hạn và được chuyển lãnh đạo cấp trên."));
  }

  void approved(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toUser(trip.requesterId(), "TRAVEL_APPROVED",
        "Đề nghị ra khỏi thành phố được đồng ý", tripText(trip)
            + " đã được đồng ý. Khi trở về, báo cáo đơn vị và khai báo y tế trong 24 giờ."));
  }

  void rejected(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toUser(trip.requesterId(), "TRAVEL_REJECTED",
        "Đề nghị ra khỏi thành phố không được đồng ý", tripText(trip) + " không được đồng ý. Lý do: "
            + trip.decisionComment()));
  }

  private static String tripText(TravelVariables trip) {
    return "Chuyến đi " + trip.destination() + " từ " + trip.departureDate() + " đến " + trip.returnDate();
  }

  void expired(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toUser(trip.requesterId(), "TRAVEL_EXPIRED",
        "Đề nghị ra khỏi thành phố hết hiệu lực",
        "Đề nghị đi " + trip.destination() + " ngày " + trip.departureDate()
            + " chưa được phê duyệt trước ngày khởi hành nên đã hết hiệu lực."));
  }

  void lateDeclaration(DelegateExecution execution, TravelVariables trip) {
    notifications.raise(execution, Notification.toGroup(trip.unitHeadsGroup(), "TRAVEL_LATE_DECLARATION",
        "Cán bộ chưa khai báo y tế sau 24 giờ: " + trip.requesterName(),
        trip.requesterName() + " đã về từ " + trip.destination()
            + " nhưng chưa xác nhận khai báo y tế trong 24 giờ. Vi phạm đã được ghi nhận."));
  }

  void monitoring(DelegateExecution execution, TravelVariables trip) {
    String body = trip.requesterName() + " (" + trip.unitName() + ") đã đến " + trip.destination()
        + ", nơi cơ quan y tế công bố có ca bệnh, và được theo dõi y tế chặt chẽ.";
    notifications.raise(execution, Notification.toGroup(trip.unitHeadsGroup(), "TRAVEL_MONITORING",
        "Cán bộ thuộc diện theo dõi y tế: " + trip.requesterName(), body));
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.members(OrganizationDirectory.HEALTH_DEPT),
        "TRAVEL_MONITORING", "Theo dõi y tế cán bộ về từ vùng dịch: " + trip.requesterName(), body));
  }

  void isolation(DelegateExecution execution, TravelVariables trip) {
    String body = trip.requesterName() + " (" + trip.unitName() + ") có ho, sốt, khó thở hoặc dấu hiệu nghi mắc "
        + "COVID-19 sau chuyến đi " + trip.destination() + ". Cần tự cách ly và hướng dẫn của cơ sở y tế.";
    notifications.raise(execution, Notification.toGroup(DirectoryGroups.members(OrganizationDirectory.HEALTH_DEPT),
        "TRAVEL_ISOLATION", "Cán bộ có triệu chứng nghi mắc COVID-19: " + trip.requesterName(), body));
    notifications.raise(execution, Notification.toGroup(trip.unitHeadsGroup(), "TRAVEL_ISOLATION",
        "Bố trí cách ly cán bộ: " + trip.requesterName(), body));
  }
}
