package vn.gov.congvu.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.congvu.epidemiclevel.Announcement;
import vn.gov.congvu.epidemiclevel.ConfirmedMode;
import vn.gov.congvu.epidemiclevel.ConfirmedModes;
import vn.gov.congvu.epidemiclevel.EpidemicLevels;
import vn.gov.congvu.epidemiclevel.LevelsInForce;
import vn.gov.congvu.epidemiclevel.OperatingModes;

/**
 * Each unit's epidemic situation in a period, read once for a whole report: the levels in force at its seat, the cap
 * of the highest of them (decision table operating-mode, latest version) and its confirmed operating mode. Outside
 * an announced level no cap applies: the 1/3 rule of seed 004 belongs to the peak (level 4), not to every month.
 */
@Component
class EpidemicSituations {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final LevelsInForce levels;
  private final OperatingModes modes;
  private final ConfirmedModes confirmed;

  EpidemicSituations(LevelsInForce levels, OperatingModes modes, ConfirmedModes confirmed) {
    this.levels = levels;
    this.modes = modes;
    this.confirmed = confirmed;
  }

  Function<String, UnitSituation> forPeriod(ReportPeriod period) {
    LocalDate from = LocalDate.ofInstant(period.start(), ReportPeriod.ZONE);
    LocalDate to = LocalDate.ofInstant(period.end(), ReportPeriod.ZONE).minusDays(1);
    Function<String, List<Announcement>> atSeat = levels.duringAtEachSeat(from, to);
    Map<String, ConfirmedMode> lastModes = confirmed.lastOfEachUnitBefore(period.end());
    Map<Integer, Integer> caps = new HashMap<>();
    return unitId -> {
      List<Announcement> during = atSeat.apply(unitId);
      Integer cap = during.stream().map(Announcement::level).max(Integer::compare)
          .map(level -> caps.computeIfAbsent(level, l -> modes.forLevel(l).onSiteCapPercent())).orElse(null);
      ConfirmedMode mode = lastModes.get(unitId);
      return new UnitSituation(cap, during.isEmpty() ? EpidemicLevels.name(null) : during.stream()
          .map(a -> EpidemicLevels.name(a.level()) + " từ " + a.effectiveFrom().format(DAY) + " (" + a.decisionRef()
              + ")").collect(Collectors.joining("; ")), mode == null ? null : mode.describe());
    };
  }
}
