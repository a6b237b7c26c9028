package vn.gov.congvu.epidemic;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.congvu.history.DerivedVariables;
import vn.gov.congvu.identity.Grant;
import vn.gov.congvu.identity.StartGrants;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.tasklist.FilterColumn;
import vn.gov.congvu.tasklist.FilterColumns;

/** What the epidemic-level process tells the shared modules about itself. */
@Component
@Order(4)
class EpidemicContributions implements DerivedVariables, FilterColumns, StartGrants {

  @Override
  public String processKey() {
    return EpidemicProcess.KEY;
  }

  /**
   * The Department of Health and the heads of the units announce (the validator narrows a head to their own area);
   * everyone else never sees the start in Tasklist.
   */
  @Override
  public List<Grant> startGrants() {
    return List.of(Grant.start(DirectoryGroups.members(OrganizationDirectory.HEALTH_DEPT), EpidemicProcess.KEY),
        Grant.start(DirectoryGroups.UNIT_HEADS, EpidemicProcess.KEY));
  }

  /** An adjustment task in the shared filters: which announcement, where, which level, from when. */
  @Override
  public List<FilterColumn> filterColumns() {
    return List.of(new FilterColumn(EpidemicProcess.VAR_AREA_NAME, "Địa bàn"),
        new FilterColumn(EpidemicProcess.VAR_LEVEL_NAME, "Cấp độ dịch"),
        new FilterColumn(EpidemicProcess.VAR_EFFECTIVE_FROM_TEXT, "Áp dụng từ"));
  }

  /** What the application works out from the register, the directory and the decision table. */
  @Override
  public Set<String> derivedVariables() {
    return Set.of(EpidemicProcess.VAR_ANNOUNCEMENT_ID, EpidemicProcess.VAR_REFERENCE, EpidemicProcess.VAR_AREA_NAME,
        EpidemicProcess.VAR_LEVEL_NAME, EpidemicProcess.VAR_EFFECTIVE_FROM_TEXT,
        EpidemicProcess.VAR_ANNOUNCED_BY_NAME, EpidemicProcess.VAR_PREVIOUS_LEVEL_NAME, EpidemicProcess.VAR_LOWERED,
        EpidemicProcess.VAR_ON_SITE_CAP, EpidemicProcess.VAR_REQUIRED_RECEPTION,
        EpidemicProcess.VAR_REQUIRED_ONLINE_MEETINGS, EpidemicProcess.VAR_UNIT_NAME, EpidemicProcess.VAR_REQUIREMENTS);
  }
}
