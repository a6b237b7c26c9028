package vn.gov.congvu.incident;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.EscalationStep;
import vn.gov.congvu.organization.OrganizationDirectory;

/**
 * Walks a unit's escalation chain by position (E1–E3): the process keeps only the position, the chain itself comes
 * from the directory, so a deeper hierarchy needs no new diagram.
 */
@Service
public class IncidentChain {

  private final OrganizationDirectory directory;

  IncidentChain(OrganizationDirectory directory) {
    this.directory = directory;
  }

  /** The step at a position; past the top it stays at the top (the City People's Committee). */
  public EscalationStep step(String unitId, int index) {
    List<EscalationStep> chain = directory.escalationChain(unitId);
    return chain.get(Math.min(Math.max(index, 0), chain.size() - 1));
  }

  public boolean isTop(String unitId, int index) {
    return index >= directory.escalationChain(unitId).size() - 1;
  }
}
