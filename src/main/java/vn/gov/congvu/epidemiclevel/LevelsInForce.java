package vn.gov.congvu.epidemiclevel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;

/** The register read through the directory: the level in force for any unit or area on any day (W1). */
@Service
public class LevelsInForce {

  private final AnnouncementRepository announcements;
  private final OrganizationDirectory directory;

  LevelsInForce(AnnouncementRepository announcements, OrganizationDirectory directory) {
    this.announcements = announcements;
    this.directory = directory;
  }

  /** Every announcement effective by the day, ready to answer many questions without more queries. */
  public AreaLevels asOf(LocalDate day) {
    return new AreaLevels(announcements.effectiveBy(day), this::districtOfWard);
  }

  public Optional<Announcement> forArea(String areaUnitId, LocalDate day) {
    return asOf(day).inForce(areaUnitId, day);
  }

  /** The announcement in force where the unit sits; empty when nothing was announced there or its seat is unknown. */
  public Optional<Announcement> forUnit(String unitId, LocalDate day) {
    return seatOf(unitId).flatMap(seat -> forArea(seat, day));
  }

  /** The ward where the unit's office stands. */
  public Optional<String> seatOf(String unitId) {
    return directory.unit(unitId).map(Unit::seat);
  }

  /**
   * The active units an announcement for the area reaches on the day: those seated in the area and, for a district,
   * those seated in its wards that have no level of their own.
   */
  public List<Unit> unitsGovernedBy(String areaUnitId, LocalDate day) {
    Map<String, Unit> units = unitsById();
    Function<String, Optional<String>> districtOf = districtOfWardIn(units);
    AreaLevels levels = new AreaLevels(announcements.effectiveBy(day), districtOf);
    return units.values().stream().filter(Unit::active).filter(u -> u.seat() != null)
        .filter(u -> u.seat().equals(areaUnitId) || districtOf.apply(u.seat()).filter(areaUnitId::equals).isPresent()
            && !levels.hasOwn(u.seat(), day))
        .toList();
  }

  /**
   * Each unit's announcements in force at its seat between the two days, for a report over every unit: the directory
   * and the register are read once, not per unit.
   */
  public Function<String, List<Announcement>> duringAtEachSeat(LocalDate from, LocalDate to) {
    Map<String, Unit> units = unitsById();
    AreaLevels levels = new AreaLevels(announcements.effectiveBy(to), districtOfWardIn(units));
    return unitId -> Optional.ofNullable(units.get(unitId)).map(Unit::seat)
        .map(seat -> levels.during(seat, from, to)).orElse(List.of());
  }

  public List<Announcement> register(String areaUnitId) {
    return announcements.all(areaUnitId);
  }

  /** Records an announcement once per process; returns the stored row. */
  public Announcement record(Announcement announcement) {
    return announcements.insertIfAbsent(announcement);
  }

  public Optional<Announcement> ofProcess(String processInstanceId) {
    return announcements.byProcess(processInstanceId);
  }

  /** One question, one query: a travel start or an announcement asks about one area. */
  private Optional<String> districtOfWard(String unitId) {
    return directory.unit(unitId).filter(Unit::isWard).map(Unit::parentId);
  }

  private static Function<String, Optional<String>> districtOfWardIn(Map<String, Unit> units) {
    return unitId -> Optional.ofNullable(units.get(unitId)).filter(Unit::isWard).map(Unit::parentId);
  }

  private Map<String, Unit> unitsById() {
    return directory.units().stream().collect(Collectors.toMap(Unit::id, u -> u, (a, b) -> a, LinkedHashMap::new));
  }
}
