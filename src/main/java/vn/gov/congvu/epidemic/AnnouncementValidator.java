package vn.gov.congvu.epidemic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.epidemiclevel.EpidemicLevels;
import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;
import vn.gov.congvu.web.InputRejected;

/**
 * What an announcement must be (contract "Epidemic levels"), on every path: a ward or district of the directory, a
 * level of Resolution 128, an effective date near today, a decision reference; announced by the Department of Health
 * or by the heads of the area's own People's Committee.
 */
@Component
class AnnouncementValidator {

  /** A decision may be recorded a few weeks late, or announced a couple of months ahead; beyond is a typing error. */
  static final int DAYS_BACK = 31;
  static final int DAYS_AHEAD = 60;
  private static final int MAX_DECISION_REF = 200;

  private final OrganizationDirectory directory;

  AnnouncementValidator(OrganizationDirectory directory) {
    this.directory = directory;
  }

  ValidAnnouncement validate(Function<String, Object> variables, Caller caller, LocalDate today) {
    Unit area = area(variables.apply(EpidemicProcess.VAR_AREA_UNIT_ID));
    if (!mayAnnounce(caller, area)) {
      throw InputRejected.forbidden(EpidemicProcess.VAR_AREA_UNIT_ID,
          "Chỉ Sở Y tế và lãnh đạo Ủy ban nhân dân của địa bàn được công bố cấp độ dịch cho "
              + EpidemicLevels.areaName(area.name()));
    }
    return new ValidAnnouncement(area, level(variables.apply(EpidemicProcess.VAR_LEVEL)),
        effectiveFrom(variables.apply(EpidemicProcess.VAR_EFFECTIVE_FROM), today),
        decisionRef(variables.apply(EpidemicProcess.VAR_DECISION_REF)));
  }

  private Unit area(Object value) {
    if (!(value instanceof String id) || id.isBlank()) {
      throw InputRejected.invalid(EpidemicProcess.VAR_AREA_UNIT_ID, "Chưa chọn phường hoặc quận được công bố");
    }
    Optional<Unit> unit = directory.unit(id.trim()).filter(Unit::active);
    if (unit.isEmpty() || unit.get().kind() != UnitKind.WARD && unit.get().kind() != UnitKind.DISTRICT) {
      throw InputRejected.invalid(EpidemicProcess.VAR_AREA_UNIT_ID,
          "Không có phường, xã hoặc quận, huyện này trong danh bạ");
    }
    return unit.get();
  }

  private boolean mayAnnounce(Caller caller, Unit area) {
    if (caller.isSystem()) {
      return true;
    }
    Optional<StaffMember> member = directory.staffMember(caller.userId());
    return member.isPresent() && (OrganizationDirectory.HEALTH_DEPT.equals(member.get().unitId())
        || member.get().isHead() && area.id().equals(member.get().unitId()));
  }

  private static int level(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long level = ((Number) value).longValue();
      if (level >= EpidemicLevels.LOWEST && level <= EpidemicLevels.HIGHEST) {
        return (int) level;
      }
    }
    throw InputRejected.invalid(EpidemicProcess.VAR_LEVEL, "Cấp độ dịch là một số từ 1 đến 4");
  }

  private static LocalDate effectiveFrom(Object value, LocalDate today) {
    LocalDate day;
    try {
      day = value instanceof String text ? LocalDate.parse(text.trim()) : null;
    } catch (DateTimeParseException e) {
      day = null;
    }
    if (day == null) {
      throw InputRejected.invalid(EpidemicProcess.VAR_EFFECTIVE_FROM, "Thiếu hoặc sai ngày áp dụng (yyyy-MM-dd)");
    }
    if (day.isBefore(today.minusDays(DAYS_BACK)) || day.isAfter(today.plusDays(DAYS_AHEAD))) {
      throw InputRejected.invalid(EpidemicProcess.VAR_EFFECTIVE_FROM, "Ngày áp dụng phải trong khoảng "
          + DAYS_BACK + " ngày trước đến " + DAYS_AHEAD + " ngày sau hôm nay");
    }
    return day;
  }

  private static String decisionRef(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw InputRejected.invalid(EpidemicProcess.VAR_DECISION_REF, "Thiếu số, ký hiệu văn bản công bố");
    }
    if (text.trim().length() > MAX_DECISION_REF) {
      throw InputRejected.invalid(EpidemicProcess.VAR_DECISION_REF,
          "Số, ký hiệu văn bản quá dài (tối đa " + MAX_DECISION_REF + " ký tự)");
    }
    return text.trim();
  }
}
