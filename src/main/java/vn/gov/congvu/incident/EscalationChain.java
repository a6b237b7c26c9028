package vn.gov.congvu.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;

/**
 * The escalation chain of a unit (contract, incident section; E1–E3): its duty officers, its heads, the heads of each
 * ancestor below the City People's Committee, Home Affairs, then the City People's Committee. Levels with nobody in
 * them are skipped; when a group appears twice (a department's own chain) only the higher level is kept.
 */
final class EscalationChain {

  private EscalationChain() {
  }

  /** The steps a unit's ancestry (the unit first, the city last) could have, before asking who is staffed. */
  static List<EscalationStep> levels(List<Unit> line) {
    Unit unit = line.get(0);
    List<EscalationStep> steps = new ArrayList<>();
    steps.add(new EscalationStep(EscalationLevel.UNIT_DUTY, unit.id(), DirectoryGroups.duty(unit.id())));
    steps.add(new EscalationStep(EscalationLevel.UNIT_HEAD, unit.id(), DirectoryGroups.heads(unit.id())));
    Unit city = unit.isCity() ? unit : null;
    for (Unit up : line.subList(1, line.size())) {
      if (up.isCity()) {
        city = up;
        break;
      }
      steps.add(new EscalationStep(EscalationLevel.DISTRICT, up.id(), DirectoryGroups.heads(up.id())));
    }
    String homeAffairs = OrganizationDirectory.HOME_AFFAIRS;
    steps.add(new EscalationStep(EscalationLevel.HOME_AFFAIRS, homeAffairs, DirectoryGroups.members(homeAffairs)));
    if (city != null) {
      steps.add(new EscalationStep(EscalationLevel.CITY, city.id(), DirectoryGroups.heads(city.id())));
    }
    return steps;
  }

  /** The steps that have someone to act, given the roles staffed in each unit of the chain. */
  static List<EscalationStep> staffed(List<EscalationStep> levels, Map<String, Set<StaffRole>> staffedRoles) {
    Map<String, EscalationStep> byGroup = new LinkedHashMap<>();
    for (EscalationStep step : levels) {
      if (hasMembers(step, staffedRoles.getOrDefault(step.unitId(), Set.of()))) {
        byGroup.remove(step.candidateGroup());
        byGroup.put(step.candidateGroup(), step);
      }
    }
    return List.copyOf(byGroup.values());
  }

  private static boolean hasMembers(EscalationStep step, Set<StaffRole> roles) {
    return switch (step.level()) {
      case UNIT_DUTY -> roles.contains(StaffRole.DUTY);
      case HOME_AFFAIRS -> !roles.isEmpty();
      default -> roles.contains(StaffRole.HEAD);
    };
  }
}
