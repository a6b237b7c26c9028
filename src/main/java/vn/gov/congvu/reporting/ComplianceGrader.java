package vn.gov.congvu.reporting;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** M4: a unit's compliance grade for the period, decided by the table unit-compliance-grade. */
@Component
class ComplianceGrader {

  private final DecisionService decisions;

  ComplianceGrader(DecisionService decisions) {
    this.decisions = decisions;
  }

  String grade(UnitReport report) {
    return decisions.evaluateDecisionTableByKey(MonthlyReportingProcess.DECISION_GRADE, Variables.createVariables()
        .putValue("submitted", report.status() == UnitReportStatus.SUBMITTED)
        .putValue("late", report.late())
        .putValue("violationsRecorded", report.known().violationsRecorded())
        .putValue("officeAttendanceRatio", report.officeAttendanceRatio() == null ? 0.0 : report.officeAttendanceRatio())
        .putValue("safetyCriteriaReviewed", Boolean.TRUE.equals(report.safetyCriteriaReviewed())))
        .getSingleEntry();
  }
}
