package vn.gov.congvu.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryGroups;

/**
 * Used by the diagram's multi-instance: the units of the period's cycle, read from the report rows opened in the same
 * transaction (a city has hundreds of units: a variable holding their ids would outgrow a text column), and the
 * group that reports for each.
 */
@Component("reportingUnits")
public class ReportingUnits {

  private final ReportingRepository repository;

  ReportingUnits(ReportingRepository repository) {
    this.repository = repository;
  }

  public List<String> of(String period) {
    return repository.unitIds(period);
  }

  public String headsGroup(String unitId) {
    return DirectoryGroups.heads(unitId);
  }
}
