package vn.gov.congvu.epidemic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.congvu.epidemiclevel.Announcement;
import vn.gov.congvu.epidemiclevel.EpidemicLevels;
import vn.gov.congvu.epidemiclevel.LevelsInForce;
import vn.gov.congvu.epidemiclevel.OperatingMode;
import vn.gov.congvu.epidemiclevel.OperatingModes;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.web.ApiException;

/** The register as people and clients read it: names beside ids, levels in words. */
@Component
class EpidemicRegisterView {

  record Entry(String reference, String areaUnitId, String areaName, int level, String levelName,
      LocalDate effectiveFrom, String decisionRef, String announcedBy, String announcedByName, Instant announcedAt,
      String processInstanceId) {
  }

  record Mode(int onSiteCapPercent, String citizenReception, boolean onlineMeetings, String description) {
  }

  record InForce(String unitId, String unitName, String seat, String seatName, Integer level, String levelName,
      String areaUnitId, LocalDate effectiveFrom, String reference, Mode operatingMode) {
  }

  private final LevelsInForce levels;
  private final OperatingModes modes;
  private final OrganizationDirectory directory;

  EpidemicRegisterView(LevelsInForce levels, OperatingModes modes, OrganizationDirectory directory) {
    this.levels = levels;
    this.modes = modes;
    this.directory = directory;
  }

  List<Entry> entries(String areaUnitId) {
    return levels.register(areaUnitId).stream().map(a -> new Entry(a.reference(), a.areaUnitId(),
        unitName(a.areaUnitId()), a.level(), EpidemicLevels.name(a.level()), a.effectiveFrom(), a.decisionRef(),
        a.announcedBy(), directory.staffMember(a.announcedBy()).map(StaffMember::fullName).orElse(a.announcedBy()),
        a.announcedAt(), a.processInstanceId())).toList();
  }

  InForce inForce(String unitId, LocalDate day) {
    Unit unit = directory.unit(unitId).orElseThrow(() -> ApiException.badRequest("unitId",
        "Không có đơn vị này trong danh bạ"));
    Optional<Announcement> found = levels.forUnit(unitId, day);
    Mode mode = found.map(a -> mode(modes.forLevel(a.level()))).orElse(null);
    return new InForce(unit.id(), unit.name(), unit.seat(), unit.seat() == null ? null : unitName(unit.seat()),
        found.map(Announcement::level).orElse(null), EpidemicLevels.name(found.map(Announcement::level).orElse(null)),
        found.map(Announcement::areaUnitId).orElse(null), found.map(Announcement::effectiveFrom).orElse(null),
        found.map(Announcement::reference).orElse(null), mode);
  }

  private static Mode mode(OperatingMode m) {
    return new Mode(m.onSiteCapPercent(), m.citizenReception().name(), m.onlineMeetings(), m.describe());
  }

  private String unitName(String unitId) {
    return directory.unit(unitId).map(Unit::name).orElse(unitId);
  }
}
