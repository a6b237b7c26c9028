package vn.gov.congvu.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/** Answers the questions the processes ask of the organization (rules E1, E2, T1). */
@Service
public class OrganizationDirectory {

  /** The Department of Home Affairs consolidates urgent and monthly reports (E3, M2). */
  public static final String HOME_AFFAIRS = "home-affairs";
  /** The Department of Health is notified of monitoring and isolation (T4, T5). */
  public static final String HEALTH_DEPT = "health-dept";

  private final OrganizationRepository repository;

  OrganizationDirectory(OrganizationRepository repository) {
    this.repository = repository;
  }

  public Optional<Unit> unit(String unitId) {
    return repository.unit(unitId);
  }

  public Optional<StaffMember> staffMember(String userId) {
    return repository.staffMember(userId);
  }

  public List<Unit> units() {
    return repository.units();
  }

  /** The City People's Committee: the top of the directory. */
  public Unit city() {
    return repository.units().stream().filter(Unit::isCity).findFirst()
        .orElseThrow(() -> new IllegalStateException("The directory has no unit of kind CITY"));
  }

  /** Active units below the City People's Committee: the units that report monthly (M1). */
  public List<Unit> activeUnits() {
    return repository.units().stream().filter(Unit::active).filter(u -> !u.isCity()).toList();
  }

  /** Who approves a user's request (T1): the heads of their unit, or the superior leaders when they head it. */
  public String approverGroupFor(String userId) {
    StaffMember member = repository.staffMember(userId).orElseThrow(() -> new UnknownUserException(userId));
    if (!member.isHead()) {
      return DirectoryGroups.heads(member.unitId());
    }
    return parentOf(member.unitId()).map(parent -> DirectoryGroups.heads(parent.id()))
        .orElse(DirectoryGroups.heads(member.unitId()));
  }

  /** A unit and every unit below it, at any depth: what its head oversees. */
  public List<String> unitAndDescendants(String unitId) {
    List<Unit> all = repository.units();
    List<String> found = new ArrayList<>(List.of(unitId));
    for (int i = 0; i < found.size(); i++) {
      String parent = found.get(i);
      all.stream().filter(u -> parent.equals(u.parentId())).map(Unit::id).forEach(found::add);
    }
    return found;
  }

  public Optional<Unit> parentOf(String unitId) {
    List<Unit> line = ancestry(unitId);
    return line.size() > 1 ? Optional.of(line.get(1)) : Optional.empty();
  }

  /** The unit, then each unit above it up to the City People's Committee. */
  public List<Unit> ancestry(String unitId) {
    List<Unit> line = repository.ancestry(unitId);
    if (line.isEmpty()) {
      throw new UnknownUnitException(unitId);
    }
    return line;
  }

  /** The roles someone holds in each of the given units (units nobody works in are absent): one query. */
  public Map<String, Set<StaffRole>> staffedRoles(Collection<String> unitIds) {
    return repository.staffedRoles(unitIds);
  }
}
