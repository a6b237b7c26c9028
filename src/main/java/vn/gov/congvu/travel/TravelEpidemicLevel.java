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

  /** The level in words, and the warning at level 4 (else null). */
  record Shown(String level, String warning) {
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final LevelsInForce levels;
  private final OrganizationDirectory directory;

  TravelEpidemicLevel(LevelsInForce levels, OrganizationDirectory directory) {
    this.levels = levels;
    this.directory = directory;
  }

  /** The level in words and, at level 4, the warning (else null): one look at the register for both. */
  Shown at(String unitId, LocalDate day) {
    Optional<String> seat = levels.seatOf(unitId);
    if (seat.isEmpty()) {
      return new Shown(EpidemicLevels.name(null), null);
    }
    String area = EpidemicLevels.areaName(directory.unit(seat.get()).map(Unit::name).orElse(seat.get()));
    Optional<Announcement> inForce = levels.forArea(seat.get(), day);
    String level = inForce.map(a -> EpidemicLevels.name(a.level()) + " tại " + area
        + " (nơi đơn vị đóng trụ sở), áp dụng từ " + a.effectiveFrom().format(DAY) + " theo " + a.decisionRef())
        .orElse(EpidemicLevels.name(null) + " tại " + area + " (nơi đơn vị đóng trụ sở)");
    boolean peak = inForce.filter(a -> a.level() == EpidemicLevels.HIGHEST).isPresent();
    return new Shown(level, peak ? "Địa bàn đang ở cấp độ 4: cán bộ, công chức không di chuyển ra khỏi nhà nếu "
        + "không thật sự cần thiết. Chỉ đồng ý khi chuyến đi thật sự cần thiết." : null);
  }
}
