package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

/** M4: lateness, violations, attendance and the safety review make the grade. */
class UnitComplianceGradeDecisionTest extends ApplicationTest {

  @Autowired
  DecisionService decisions;

  @ParameterizedTest
  @CsvSource({"true,false,0,0.30,true,A", "true,false,0,0.50,true,B", "true,false,2,0.20,true,B",
      "true,false,3,0.20,true,C", "true,true,0,0.20,true,C", "true,false,0,0.20,false,C", "false,true,0,0.0,false,D"})
  void gradeFollowsTheRules(boolean submitted, boolean late, int violations, double ratio, boolean reviewed,
      String grade) {
    String result = decisions.evaluateDecisionTableByKey(MonthlyReportingProcess.DECISION_GRADE,
        Variables.createVariables().putValue("submitted", submitted).putValue("late", late)
            .putValue("violationsRecorded", violations).putValue("officeAttendanceRatio", ratio)
            .putValue("safetyCriteriaReviewed", reviewed)).getSingleEntry();
    assertThat(result).isEqualTo(grade);
  }
}
