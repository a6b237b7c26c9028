package vn.gov.congvu.reporting;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.congvu.audit.AuditedTask;
import vn.gov.congvu.audit.AuditedTasks;
import vn.gov.congvu.history.DerivedVariables;
import vn.gov.congvu.identity.Grant;
import vn.gov.congvu.identity.StartGrants;
import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.tasklist.FilterColumn;
import vn.gov.congvu.tasklist.FilterColumns;

/** What the monthly cycle tells the shared modules about itself; nothing outside this package names its parts. */
@Component
@Order(3)
class ReportingContributions implements DerivedVariables, AuditedTasks, FilterColumns, StartGrants {

  @Override
  public String processKey() {
    return MonthlyReportingProcess.KEY;
  }

  /** Home Affairs may open a period by hand (M2); the month-end timer opens the rest. */
  @Override
  public List<Grant> startGrants() {
    return List.of(Grant.start(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS),
        MonthlyReportingProcess.KEY));
  }

  /** Each unit's summary and Home Affairs' assessment are on record. */
  @Override
  public List<AuditedTask> auditedTasks() {
    return List.of(new AuditedTask(MonthlyReportingProcess.TASK_SUBMIT, null, MonthlyReportingProcess.VAR_SUMMARY),
        new AuditedTask(MonthlyReportingProcess.TASK_CONSOLIDATE, null, MonthlyReportingProcess.VAR_ASSESSMENT));
  }

  /** A monthly report task in the shared filters: the period. */
  @Override
  public List<FilterColumn> filterColumns() {
    return List.of(new FilterColumn(MonthlyReportingProcess.VAR_PERIOD, "Kỳ báo cáo"));
  }

  /**
   * What a cycle works out itself: deadlines, each unit task's name and known figures (two per unit, a thousand units
   * at month-end), the consolidation text (the report rows keep the figures) and the cycle's markers.
   */
  @Override
  public Set<String> derivedVariables() {
    return Set.of(MonthlyReportingProcess.VAR_REPORT_UNIT_NAME, MonthlyReportingProcess.VAR_PREFILLED,
        MonthlyReportingProcess.VAR_SUBMISSION_DUE, MonthlyReportingProcess.VAR_CONSOLIDATION_DUE,
        MonthlyReportingProcess.VAR_CONSOLIDATION, MonthlyReportingProcess.VAR_CATCH_UP,
        MonthlyReportingProcess.VAR_RESERVATION);
  }
}
