package vn.gov.congvu.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;

/**
 * Used by the diagram's multi-instance: the units of the period's cycle, read from the report rows opened in the same
 * transaction (a city has hundreds of units: a variable holding their ids would outgrow a text column), the group
 * that reports for each, and who consolidates and reviews.
 */
@Component("reportingUnits")
public class ReportingUnits {

  private final ReportingRepository repository;
  private final OrganizationDirectory directory;

  ReportingUnits(ReportingRepository repository, OrganizationDirectory directory) {
    this.repository = repository;
    this.directory = directory;
  }

  public List<String> of(String period) {
    return repository.unitIds(period);
  }

  public String headsGroup(String unitId) {
    return DirectoryGroups.heads(unitId);
  }

  /** Home Affairs consolidates (M2). */
  public String homeAffairs() {
    return DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS);
  }

  /** The City People's Committee reviews, whatever its unit is called in the directory. */
  public String cityHeads() {
    return DirectoryGroups.heads(directory.city().id());
  }
}
