package vn.gov.congvu.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * M4: each unit's compliance grade for the period in the words of Decree 90/2020, decided by the table
 * unit-compliance-grade. Only violations found by others go in: those the unit found and handled itself never lower
 * its grade ({@link KnownFiguresService} tells them apart).
 */
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
        .putValue("violationsFoundByOthers", inputs.violationsFoundByOthers())
        .putValue("staffInfectedByNonCompliance", inputs.staffInfectedByNonCompliance())
        .putValue("aboveOnSiteCap", inputs.aboveOnSiteCap())
        .putValue("safetyCriteriaReviewed", inputs.safetyCriteriaReviewed())
        .putValue("workingRulesReviewed", inputs.workingRulesReviewed())).getSingleEntry();
  }

  private record Inputs(boolean submitted, boolean late, int violationsFoundByOthers,
      int staffInfectedByNonCompliance, boolean aboveOnSiteCap, boolean safetyCriteriaReviewed,
      boolean workingRulesReviewed) {

    static Inputs of(UnitReport report) {
      UnitSubmission s = report.submission();
      boolean submitted = report.status() == UnitReportStatus.SUBMITTED && s != null;
      return new Inputs(submitted, report.late(), report.known().violationsFoundByOthers(),
          submitted && s.staffInfectedByNonCompliance() != null ? s.staffInfectedByNonCompliance() : 0,
          report.aboveOnSiteCap(), submitted && s.safetyCriteriaReviewed(),
          submitted && Boolean.TRUE.equals(s.workingRulesReviewed()));
    }
  }
}
