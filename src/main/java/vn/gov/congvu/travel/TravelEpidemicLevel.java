package vn.gov.congvu.travel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.congvu.epidemiclevel.Announcement;
import vn.gov.congvu.epidemiclevel.EpidemicLevels;
import vn.gov.congvu.epidemiclevel.LevelsInForce;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;

/**
 * What the approver reads about the epidemic where the requester's unit sits, on the day the trip starts (W1), and
 * at level 4 the warning of seed 004: staff do not leave home without real need.
 */
@Component
class TravelEpidemicLevel {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final LevelsInForce levels;
  private final OrganizationDirectory directory;

  TravelEpidemicLevel(LevelsInForce levels, OrganizationDirectory directory) {
    this.levels = levels;
    this.directory = directory;
  }

  String levelAt(String unitId, LocalDate day) {
    Optional<String> seat = levels.seatOf(unitId);
    if (seat.isEmpty()) {
      return EpidemicLevels.name(null);
    }
    String area = EpidemicLevels.areaName(directory.unit(seat.get()).map(Unit::name).orElse(seat.get()));
    return levels.forArea(seat.get(), day).map(a -> EpidemicLevels.name(a.level()) + " tại " + area
        + " (nơi đơn vị đóng trụ sở), áp dụng từ " + a.effectiveFrom().format(DAY) + " theo " + a.decisionRef())
        .orElse(EpidemicLevels.name(null) + " tại " + area + " (nơi đơn vị đóng trụ sở)");
  }

  String warningAt(String unitId, LocalDate day) {
    boolean peak = levels.forUnit(unitId, day).map(Announcement::level).filter(l -> l == EpidemicLevels.HIGHEST)
        .isPresent();
    return peak ? "Địa bàn đang ở cấp độ 4: cán bộ, công chức không di chuyển ra khỏi nhà nếu không thật sự cần thiết."
        + " Chỉ đồng ý khi chuyến đi thật sự cần thiết." : null;
  }
}
