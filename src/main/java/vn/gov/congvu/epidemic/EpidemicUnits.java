package vn.gov.congvu.epidemic;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryGroups;

/** Used by the diagram's multi-instance: the units an announcement reaches and who adjusts each. */
@Component("epidemicUnits")
public class EpidemicUnits {

  private final Announcements announcements;

  EpidemicUnits(Announcements announcements) {
    this.announcements = announcements;
  }

  public List<String> reachedBy(String areaUnitId, String effectiveFrom) {
    return announcements.unitsReached(areaUnitId, effectiveFrom);
  }

  public String headsGroup(String unitId) {
    return DirectoryGroups.heads(unitId);
  }
}
