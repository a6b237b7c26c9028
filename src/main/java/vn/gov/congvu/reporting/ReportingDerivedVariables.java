package vn.gov.congvu.reporting;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.gov.congvu.history.DerivedVariables;

/**
 * What a reporting cycle works out itself: deadlines, each unit task's name and known figures (two per unit, a
 * thousand units at month-end), the consolidation text (the report rows keep the figures) and the cycle's markers.
 */
@Component
class ReportingDerivedVariables implements DerivedVariables {

  @Override
  public String processKey() {
    return MonthlyReportingProcess.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(MonthlyReportingProcess.VAR_REPORT_UNIT_NAME, MonthlyReportingProcess.VAR_PREFILLED,
        MonthlyReportingProcess.VAR_SUBMISSION_DUE, MonthlyReportingProcess.VAR_CONSOLIDATION_DUE,
        MonthlyReportingProcess.VAR_CONSOLIDATION, MonthlyReportingProcess.VAR_CATCH_UP,
        MonthlyReportingProcess.VAR_RESERVATION);
  }
}
