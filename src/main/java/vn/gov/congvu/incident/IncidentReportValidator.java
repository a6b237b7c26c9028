package vn.gov.congvu.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.web.InputRejected;
import vn.gov.congvu.web.Texts;

/**
 * The one intake validation of a case, for the API and the Tasklist start form alike: 400 naming the field, 403 when
 * the reporter neither belongs to nor oversees the unit (duty officers and heads), Home Affairs and the administrator
 * report for any unit.
 */
@Component
public class IncidentReportValidator {

  static final int MAX_SUMMARY = 4000;

  private final OrganizationDirectory directory;

  IncidentReportValidator(OrganizationDirectory directory) {
    this.directory = directory;
  }

  public ValidIncidentReport validate(IncidentReport report, Caller reporter) {
    if (report.unitId() == null || report.unitId().isBlank()) {
      throw invalid(IncidentProcess.VAR_UNIT_ID, "Thiếu đơn vị");
    }
    Unit unit = directory.unit(report.unitId().trim())
        .orElseThrow(() -> invalid(IncidentProcess.VAR_UNIT_ID, "Không tìm thấy đơn vị '" + report.unitId() + "'"));
    IncidentSource source = value(IncidentSource.class, IncidentProcess.VAR_SOURCE, report.source());
    IncidentCategory category = value(IncidentCategory.class, IncidentProcess.VAR_CATEGORY, report.category());
    IncidentSeverity severity = value(IncidentSeverity.class, IncidentProcess.VAR_SEVERITY, report.severity());
    if (report.summary() == null || report.summary().isBlank()) {
      throw invalid(IncidentProcess.VAR_SUMMARY, "Thiếu nội dung sự việc");
    }
    if (report.summary().length() > MAX_SUMMARY) {
      throw invalid(IncidentProcess.VAR_SUMMARY, "Quá dài (tối đa " + MAX_SUMMARY + " ký tự)");
    }
    if (Texts.hasControlCharacter(report.summary())) {
      throw invalid(IncidentProcess.VAR_SUMMARY, "Có ký tự điều khiển không hợp lệ");
    }
    if (!reporter.isSystemOrAdmin() && !mayReportFor(reporter.userId(), unit)) {
      throw InputRejected.forbidden(IncidentProcess.VAR_UNIT_ID,
          "Chỉ cán bộ trực, lãnh đạo đơn vị hoặc cấp trên và Sở Nội vụ được báo cáo cho đơn vị này");
    }
    return new ValidIncidentReport(unit.id(), source, category, severity, report.summary().trim());
  }

  /**
   * The units a reporter may file for, in the directory's order: every active unit for Home Affairs and the
   * administrator, their own unit and those below it for duty officers and heads, none for anyone else.
   */
  public List<Unit> unitsFor(Caller reporter) {
    List<Unit> active = directory.units().stream().filter(Unit::active).toList();
    if (reporter.isSystemOrAdmin()) {
      return active;
    }
    Optional<StaffMember> member = reportingMember(reporter.userId());
    if (member.isEmpty()) {
      return List.of();
    }
    if (member.get().unitId().equals(OrganizationDirectory.HOME_AFFAIRS)) {
      return active;
    }
    List<String> overseen = directory.unitAndDescendants(member.get().unitId());
    return active.stream().filter(u -> overseen.contains(u.id())).toList();
  }

  private boolean mayReportFor(String reporterId, Unit unit) {
    Optional<StaffMember> member = reportingMember(reporterId);
    if (member.isEmpty()) {
      return false;
    }
    return member.get().unitId().equals(OrganizationDirectory.HOME_AFFAIRS)
        || directory.ancestry(unit.id()).stream().anyMatch(u -> u.id().equals(member.get().unitId()));
  }

  /** The reporter as a member who may report at all: anyone of Home Affairs, elsewhere duty officers and heads. */
  private Optional<StaffMember> reportingMember(String reporterId) {
    return (reporterId == null ? Optional.<StaffMember>empty() : directory.staffMember(reporterId))
        .filter(m -> m.unitId().equals(OrganizationDirectory.HOME_AFFAIRS) || m.role() == StaffRole.DUTY
            || m.role() == StaffRole.HEAD);
  }

  private static <E extends Enum<E>> E value(Class<E> type, String field, String text) {
    if (text == null || text.isBlank()) {
      throw invalid(field, "Thiếu giá trị");
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(field, "Giá trị '" + text + "' không hợp lệ, chọn một trong "
          + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static InputRejected invalid(String field, String message) {
    return InputRejected.invalid(field, message);
  }
}
