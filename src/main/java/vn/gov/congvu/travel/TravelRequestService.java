package vn.gov.congvu.travel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.gov.congvu.CongVuApplication;
import vn.gov.congvu.calendar.NonWorkingDay;
import vn.gov.congvu.calendar.WorkCalendar;
import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.outbreak.OutbreakArea;
import vn.gov.congvu.outbreak.OutbreakRegister;
import vn.gov.congvu.reference.CaseReferences;

/** The travel rules that are not about who may file: deadlines, approvers, what the approver is shown (T1–T4). */
@Service
public class TravelRequestService {

  static final ZoneId ZONE = ZoneId.of(CongVuApplication.ZONE);
  /** The last second of a day: a deadline "at the end of the day" that reads as that day, not the next. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final TravelRequestValidator validator;
  private final OrganizationDirectory directory;
  private final WorkCalendar calendar;
  private final OutbreakRegister outbreaks;
  private final TravelSettings settings;
  private final CaseReferences references;
  private final TravelEpidemicLevel epidemicLevels;

  TravelRequestService(TravelRequestValidator validator, OrganizationDirectory directory, WorkCalendar calendar,
      OutbreakRegister outbreaks, TravelSettings settings, CaseReferences references,
      TravelEpidemicLevel epidemicLevels) {
    this.validator = validator;
    this.directory = directory;
    this.calendar = calendar;
    this.outbreaks = outbreaks;
    this.settings = settings;
    this.references = references;
    this.epidemicLevels = epidemicLevels;
  }

  /** The request validated as the API validates it, with what the approver is shown; refused with the field. */
  Admission admit(TravelRequest request, Caller caller, Instant now) {
    ValidTravelRequest valid = validator.validate(request, caller, local(now));
    return new Admission(valid, prepare(valid),
        references.next(TravelProcess.REFERENCE_PREFIX, TravelProcess.REFERENCE_SEQUENCE));
  }

  /** The time of day in Vietnam, which the rules are written in. */
  static LocalDateTime local(Instant now) {
    return LocalDateTime.ofInstant(now, ZONE);
  }

  PreparedTravel prepare(ValidTravelRequest request) {
    StaffMember requester = request.requester();
    String unitName = directory.unit(requester.unitId()).map(Unit::name).orElse(requester.unitId());
    String approverGroup = directory.approverGroupFor(requester.userId());
    TravelEpidemicLevel.Shown epidemic = epidemicLevels.at(requester.unitId(), request.departure());
    return new PreparedTravel(requester.fullName(), requester.unitId(), unitName, approverGroup,
        superiorGroupOf(approverGroup, requester.unitId()), DirectoryGroups.heads(requester.unitId()),
        departureAt(request), at(request.departure(), LocalTime.MIDNIGHT), at(request.returning(), END_OF_DAY),
        nonWorkingDays(request.departure(), request.returning()),
        outbreakWarning(request.destination(), request.departure(), request.returning()),
        epidemic.level(), epidemic.warning());
  }

  /** Who takes over an approval past its deadline: the heads of the unit above the approvers' unit, if any. */
  String superiorGroupOf(String approverGroup, String requesterUnitId) {
    String approverUnit = approverGroup.equals(DirectoryGroups.heads(requesterUnitId)) ? requesterUnitId
        : directory.parentOf(requesterUnitId).map(Unit::id).orElse(requesterUnitId);
    return directory.parentOf(approverUnit).map(parent -> DirectoryGroups.heads(parent.id())).orElse(null);
  }

  /** An undecided request lapses when the trip starts: at the departure time, else at the end of the day (T1). */
  static Date departureAt(ValidTravelRequest request) {
    return at(request.departure(), request.departureTime() != null ? request.departureTime() : END_OF_DAY);
  }

  /** T4: monitoring lasts a fixed number of days from its start. */
  public Date monitoringEnd(Instant start) {
    return Date.from(start.plus(Duration.ofDays(settings.monitoringDays())));
  }

  /** T4: the destination is in the register of announced outbreak areas during the trip. */
  public boolean destinationHadOutbreak(String destination, LocalDate from, LocalDate to) {
    return !outbreaks.matches(destination, from, to).isEmpty();
  }

  String nonWorkingDays(LocalDate from, LocalDate to) {
    List<NonWorkingDay> days = calendar.nonWorkingDays(from, to);
    if (days.isEmpty()) {
      return "Không có ngày nghỉ nào trong chuyến đi";
    }
    return days.stream().map(d -> d.date().format(DAY) + ": " + d.reason()).collect(Collectors.joining("\n"));
  }

  String outbreakWarning(String destination, LocalDate from, LocalDate to) {
    List<OutbreakArea> areas = outbreaks.matches(destination, from, to);
    if (areas.isEmpty()) {
      return "Không có vùng dịch đã công bố tại nơi đến";
    }
    return areas.stream().map(a -> a.area() + ", " + a.province() + " (" + a.announcedBy() + ")")
        .collect(Collectors.joining("\n"));
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(ZONE).toInstant());
  }
}
