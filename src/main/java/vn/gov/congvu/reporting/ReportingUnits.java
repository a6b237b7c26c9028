package vn.gov.congvu.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;

/**
 * Used by the diagrams' multi-instances: the units of the period's cycle, read from the report rows opened in the
 * same transaction (a city has hundreds of units: a variable holding their ids would outgrow a text column), split
 * by reporting line, the group that reports for each, and who consolidates and reviews.
 */
@Component("reportingUnits")
public class ReportingUnits {

  private final ReportingRepository repository;
  private final DistrictReportService districts;
  private final OrganizationDirectory directory;

  ReportingUnits(ReportingRepository repository, DistrictReportService districts, OrganizationDirectory directory) {
    this.repository = repository;
    this.districts = districts;
    this.directory = directory;
  }

  /** Every unit of the cycle, in one list (as the benchmark's one-list diagram asks for comparison). */
  public List<String> of(String period) {
    return repository.unitIds(period);
  }

  /** Departments and districts without wards: they report to Home Affairs directly. */
  public List<String> direct(String period) {
    return districts.directUnits(period);
  }

  /** Districts whose wards report through them: one district-monthly-report each. */
  public List<String> districtsWithWards(String period) {
    return districts.districts(period);
  }

  /** A district itself, then the wards that report through it. */
  public List<String> ofDistrict(String period, String districtId) {
    return districts.unitsOf(period, districtId);
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
