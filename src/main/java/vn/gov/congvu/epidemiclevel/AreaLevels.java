package vn.gov.congvu.epidemiclevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which announcement is in force for an area on a day (W1): the latest of the area's own announcements effective by
 * then, else, for a ward, the latest of its district's. A ward's own level stands against a later district one: the
 * ward is the finer assessment (Resolution 128 assesses wards, then districts).
 */
public final class AreaLevels {

  private static final Comparator<Announcement> LATEST = Comparator.comparing(Announcement::effectiveFrom)
      .thenComparing(Announcement::id);

  private final Map<String, List<Announcement>> byArea;
  private final Function<String, Optional<String>> districtOfWard;

  /** {@code districtOfWard}: the district a ward belongs to; empty for any other unit. */
  public AreaLevels(List<Announcement> announcements, Function<String, Optional<String>> districtOfWard) {
    this.byArea = announcements.stream().sorted(LATEST).collect(Collectors.groupingBy(Announcement::areaUnitId));
    this.districtOfWard = districtOfWard;
  }

  public Optional<Announcement> inForce(String area, LocalDate day) {
    Optional<Announcement> own = latest(area, day);
    return own.isPresent() ? own : districtOfWard.apply(area).flatMap(district -> latest(district, day));
  }

  /** Whether the ward has a level of its own on the day (then its district's announcements do not reach it). */
  public boolean hasOwn(String area, LocalDate day) {
    return latest(area, day).isPresent();
  }

  /** Each announcement in force at some time between the two days, in the order they applied. */
  public List<Announcement> during(String area, LocalDate from, LocalDate to) {
    List<LocalDate> changes = new ArrayList<>(List.of(from));
    relevant(area).stream().map(Announcement::effectiveFrom).filter(d -> d.isAfter(from) && !d.isAfter(to))
        .sorted().forEach(changes::add);
    List<Announcement> found = new ArrayList<>();
    for (LocalDate day : changes) {
      inForce(area, day).filter(a -> !found.contains(a)).ifPresent(found::add);
    }
    return found;
  }

  private List<Announcement> relevant(String area) {
    List<Announcement> all = new ArrayList<>(byArea.getOrDefault(area, List.of()));
    districtOfWard.apply(area).ifPresent(district -> all.addAll(byArea.getOrDefault(district, List.of())));
    return all;
  }

  private Optional<Announcement> latest(String area, LocalDate day) {
    List<Announcement> own = byArea.getOrDefault(area, List.of());
    Announcement found = null;
    for (Announcement a : own) {
      if (a.inForceFrom(day)) {
        found = a;
      }
    }
    return Optional.ofNullable(found);
  }
}
