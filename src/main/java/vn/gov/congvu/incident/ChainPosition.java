package vn.gov.congvu.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;

/**
 * Where "one level up" is when the directory changed while an incident waited: the chain skips levels with nobody in
 * them, so a position stored before the change may point elsewhere after it (a duty roster emptied shifts every
 * level down by one). The level is found again by what it is (its kind and, for the district levels, how far up
 * the unit's line its unit is), and the next level is the first of the chain as it is now that ranks above it.
 */
@Component
record ChainPosition(IncidentChain chain, OrganizationDirectory directory) {

  /** The index in the unit's chain now of the first level above the given one; empty when none is. */
  OptionalInt above(String unitId, String level, String candidateGroup) {
    List<Unit> line = directory.ancestry(unitId);
    Map<String, Integer> depth = new HashMap<>();
    for (int i = 0; i < line.size(); i++) {
      depth.put(line.get(i).id(), i);
    }
    EscalationLevel current = EscalationLevel.valueOf(level);
    int currentDepth = current != EscalationLevel.DISTRICT ? 0 : line.stream()
        .filter(u -> DirectoryGroups.heads(u.id()).equals(candidateGroup)).map(u -> depth.get(u.id())).findFirst()
        .orElse(0);
    long rank = rank(current, currentDepth);
    List<EscalationStep> steps = chain.of(unitId);
    for (int i = 0; i < steps.size(); i++) {
      EscalationStep step = steps.get(i);
      int stepDepth = step.level() == EscalationLevel.DISTRICT ? depth.getOrDefault(step.unitId(), 0) : 0;
      if (rank(step.level(), stepDepth) > rank) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static long rank(EscalationLevel level, int depth) {
    return level.ordinal() * 1000L + depth;
  }
}
