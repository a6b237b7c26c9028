package vn.gov.congvu.travel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.web.InputRejected;
import vn.gov.congvu.web.Texts;

/**
 * The one validation of a travel request, for the API and the Tasklist start form alike (contract: 400 naming the
 * field, 403 when staff file for someone else).
 */
@Component
public class TravelRequestValidator {

  static final int MAX_DESTINATION = 200;
  static final int MAX_REASON = 2000;
  /** A request is for a trip planned within the coming year, of at most three months. */
  static final int MAX_DAYS_AHEAD = 365;
  static final int MAX_TRIP_DAYS = 90;

  private final OrganizationDirectory directory;

  TravelRequestValidator(OrganizationDirectory directory) {
    this.directory = directory;
  }

  /**
   * @param caller who files the request; a missing requester means the filer themselves, and only administrators
   *     and the application itself may file on someone's behalf
   */
  public ValidTravelRequest validate(TravelRequest request, Caller caller, LocalDate today) {
    String filer = caller.userId();
    String requesterId = blank(request.requesterId()) ? filer : request.requesterId().trim();
    if (blank(requesterId)) {
      throw InputRejected.invalid(TravelProcess.VAR_REQUESTER_ID, "Thiếu người đề nghị");
    }
    StaffMember requester = directory.staffMember(requesterId).orElseThrow(() -> InputRejected
        .invalid(TravelProcess.VAR_REQUESTER_ID, "Không tìm thấy cán bộ '" + requesterId + "'"));
    if (!requesterId.equals(filer) && !caller.isSystemOrAdmin()) {
      throw InputRejected.forbidden(TravelProcess.VAR_REQUESTER_ID, "Cán bộ chỉ được đề nghị cho chính mình");
    }
    String destination = required(TravelProcess.VAR_DESTINATION, request.destination(), "Thiếu nơi đến",
        MAX_DESTINATION);
    LocalDate departure = date(TravelProcess.VAR_DEPARTURE_DATE, request.departureDate(), "ngày đi");
    LocalDate returning = date(TravelProcess.VAR_RETURN_DATE, request.returnDate(), "ngày về");
    String reason = required(TravelProcess.VAR_REASON, request.reason(), "Thiếu lý do", MAX_REASON);
    if (returning.isBefore(departure)) {
      throw InputRejected.invalid(TravelProcess.VAR_RETURN_DATE, "Ngày về phải sau hoặc bằng ngày đi");
    }
    if (departure.isBefore(today)) {
      throw InputRejected.invalid(TravelProcess.VAR_DEPARTURE_DATE, "Ngày đi đã qua");
    }
    if (departure.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
      throw InputRejected.invalid(TravelProcess.VAR_DEPARTURE_DATE, "Ngày đi quá xa (tối đa một năm tới)");
    }
    if (returning.isAfter(departure.plusDays(MAX_TRIP_DAYS))) {
      throw InputRejected.invalid(TravelProcess.VAR_RETURN_DATE, "Chuyến đi quá dài (tối đa " + MAX_TRIP_DAYS
          + " ngày)");
    }
    if (destination.chars().noneMatch(Character::isLetter)) {
      throw InputRejected.invalid(TravelProcess.VAR_DESTINATION, "Nơi đến phải là tên địa danh");
    }
    return new ValidTravelRequest(requester, destination, departure, returning, reason);
  }

  private static String required(String field, String value, String missing, int max) {
    if (blank(value)) {
      throw InputRejected.invalid(field, missing);
    }
    if (value.trim().length() > max) {
      throw InputRejected.invalid(field, "Quá dài (tối đa " + max + " ký tự)");
    }
    if (Texts.hasControlCharacter(value)) {
      throw InputRejected.invalid(field, "Có ký tự điều khiển không hợp lệ");
    }
    return value.trim();
  }

  private static LocalDate date(String field, String value, String label) {
    if (blank(value)) {
      throw InputRejected.invalid(field, "Thiếu " + label);
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw InputRejected.invalid(field, "Sai định dạng " + label + " (yyyy-MM-dd): " + value);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
