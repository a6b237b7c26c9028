package vn.gov.congvu.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** M4: each unit's compliance grade for the period, decided by the table unit-compliance-grade. */
@Component
class ComplianceGrader {

  private final DecisionService decisions;

  ComplianceGrader(DecisionService decisions) {
    this.decisions = decisions;
  }

  /**
   * A grader for one consolidation: the table is a function of its inputs, so units reporting the same inputs are
   * decided once (a city's units mostly report alike, and each evaluation costs milliseconds).
   */
  Function<UnitReport, String> forOneConsolidation() {
    Map<Inputs, String> decided = new HashMap<>();
    return report -> decided.computeIfAbsent(Inputs.of(report), this::evaluate);
  }

  private String evaluate(Inputs inputs) {
    return decisions.evaluateDecisionTableByKey(MonthlyReportingProcess.DECISION_GRADE, Variables.createVariables()
        .putValue("submitted", inputs.submitted()).putValue("late", inputs.late())
        .putValue("violationsRecorded", inputs.violationsRecorded())
        .putValue("officeAttendanceRatio", inputs.officeAttendanceRatio())
        .putValue("safetyCriteriaReviewed", inputs.safetyCriteriaReviewed())).getSingleEntry();
  }

  private record Inputs(boolean submitted, boolean late, int violationsRecorded, double officeAttendanceRatio,
      boolean safetyCriteriaReviewed) {

    static Inputs of(UnitReport report) {
      UnitSubmission submitted = report.submission();
      return new Inputs(report.status() == UnitReportStatus.SUBMITTED, report.late(),
          report.known().violationsRecorded(), submitted == null ? 0.0 : submitted.onSitePercent() / 100.0,
          submitted != null && submitted.safetyCriteriaReviewed());
    }
  }
}
