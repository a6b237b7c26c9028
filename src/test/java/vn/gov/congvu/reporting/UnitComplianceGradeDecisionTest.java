package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

/**
 * M4 in the words of Decree 90/2020: a missing report, lateness, violations found by others, infections through
 * non-compliance, the on-site cap and the reviews make the grade.
 */
class UnitComplianceGradeDecisionTest extends ApplicationTest {

  @Autowired
  DecisionService decisions;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "true |false|0|0|false|true |true |Hoàn thành xuất sắc nhiệm vụ",
      "true |false|0|0|true |true |true |Hoàn thành tốt nhiệm vụ",
      "true |false|0|0|false|true |false|Hoàn thành tốt nhiệm vụ",
      "true |false|2|0|false|true |true |Hoàn thành tốt nhiệm vụ",
      "true |false|3|0|false|true |true |Hoàn thành nhiệm vụ",
      "true |false|0|1|false|true |true |Hoàn thành nhiệm vụ",
      "true |true |0|0|false|true |true |Hoàn thành nhiệm vụ",
      "true |false|0|0|false|false|true |Hoàn thành nhiệm vụ",
      "false|true |0|0|false|false|false|Không hoàn thành nhiệm vụ"})
  void gradeFollowsTheRules(boolean submitted, boolean late, int foundByOthers, int infectedByNonCompliance,
      boolean aboveCap, boolean safetyReviewed, boolean workingRulesReviewed, String grade) {
    String result = decisions.evaluateDecisionTableByKey(MonthlyReportingProcess.DECISION_GRADE,
        Variables.createVariables().putValue("submitted", submitted).putValue("late", late)
            .putValue("violationsFoundByOthers", foundByOthers)
            .putValue("staffInfectedByNonCompliance", infectedByNonCompliance).putValue("aboveOnSiteCap", aboveCap)
            .putValue("safetyCriteriaReviewed", safetyReviewed).putValue("workingRulesReviewed", workingRulesReviewed))
        .getSingleEntry();
    assertThat(result).isEqualTo(grade);
    assertThat(ComplianceGrade.of(result)).isPresent();
  }
}
