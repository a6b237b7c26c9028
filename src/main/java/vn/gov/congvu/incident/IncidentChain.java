package vn.gov.congvu.incident;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.OrganizationDirectory;

/**
 * Walks a unit's escalation chain by position (E1–E3): the process keeps only the position, the chain itself is
 * worked out from the directory each time, so a deeper hierarchy needs no new diagram and a vacated level is skipped.
 * Two queries whatever the depth: the chain is asked for at every level of every incident.
 */
@Service
public class IncidentChain {

  private final OrganizationDirectory directory;

  IncidentChain(OrganizationDirectory directory) {
    this.directory = directory;
  }

  /** The levels of a unit's chain that have someone to act. */
  public List<EscalationStep> of(String unitId) {
    List<EscalationStep> levels = EscalationChain.levels(directory.ancestry(unitId));
    return EscalationChain.staffed(levels,
        directory.staffedRoles(levels.stream().map(EscalationStep::unitId).distinct().toList()));
  }

  /** The step at a position; past the top it stays at the top (the City People's Committee). */
  public EscalationStep step(String unitId, int index) {
    List<EscalationStep> chain = of(unitId);
    return chain.get(Math.min(Math.max(index, 0), chain.size() - 1));
  }

  public boolean isTop(String unitId, int index) {
    return index >= of(unitId).size() - 1;
  }
}
