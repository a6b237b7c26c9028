package vn.gov.congvu.organization;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Which local health service looks after a unit's staff (T5): the unit's own, else its nearest ancestor's below the
 * City People's Committee (a ward's station, else the district's centre). The city level has the Department of
 * Health, which the processes inform anyway.
 */
@Service
public record HealthServices(OrganizationDirectory directory, HealthServiceTable table) {

  public Optional<HealthService> nearest(String unitId) {
    List<Unit> line = directory.ancestry(unitId).stream().takeWhile(unit -> !unit.isCity()).toList();
    Map<String, HealthService> known = table.of(line.stream().map(Unit::id).toList());
    return line.stream().map(unit -> known.get(unit.id())).filter(Objects::nonNull).findFirst();
  }
}
