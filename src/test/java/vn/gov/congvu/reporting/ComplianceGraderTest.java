package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the grade table is asked, once per distinct input within a consolidation; no engine needed. */
class ComplianceGraderTest {

  private final DecisionService decisions = mock(DecisionService.class);

  @Test
  void unitsReportingAlikeAreDecidedOnce() {
    Function<UnitReport, String> grade = grader();
    assertThat(grade.apply(report("ben-nghe", 50, KnownFigures.NONE))).isEqualTo("Hoàn thành tốt nhiệm vụ");
    assertThat(grade.apply(report("an-khanh", 50, KnownFigures.NONE))).isEqualTo("Hoàn thành tốt nhiệm vụ");
    assertThat(grade.apply(report("thu-duc", 20, KnownFigures.NONE))).isEqualTo("Hoàn thành tốt nhiệm vụ");

    verify(decisions, times(2)).evaluateDecisionTableByKey(eq(MonthlyReportingProcess.DECISION_GRADE),
        any(Map.class));
  }

  @Test
  @SuppressWarnings("unchecked")
  void violationsTheUnitHandledItselfAreNotAskedAbout() {
    // Five recorded: three resolved by the ward's own duty officer or head, two found by others.
    grader().apply(report("ben-nghe", 20, new KnownFigures(0, 0, 0, 1, 0, 0, 0, 0, 5, 3)));

    ArgumentCaptor<Map<String, Object>> inputs = ArgumentCaptor.forClass(Map.class);
    verify(decisions).evaluateDecisionTableByKey(eq(MonthlyReportingProcess.DECISION_GRADE), inputs.capture());
    assertThat(inputs.getValue()).containsEntry("violationsFoundByOthers", 2).containsEntry("aboveOnSiteCap", false)
        .containsEntry("staffInfectedByNonCompliance", 0).containsEntry("workingRulesReviewed", true)
        .doesNotContainKey("violationsRecorded");
  }

  private Function<UnitReport, String> grader() {
    DmnDecisionTableResult good = mock(DmnDecisionTableResult.class);
    when(good.getSingleEntry()).thenReturn("Hoàn thành tốt nhiệm vụ");
    when(decisions.evaluateDecisionTableByKey(eq(MonthlyReportingProcess.DECISION_GRADE), any(Map.class)))
        .thenReturn(good);
    return new ComplianceGrader(decisions).forOneConsolidation();
  }

  private static UnitReport report(String unitId, int onSitePercent, KnownFigures known) {
    return new UnitReport("2026-11", unitId, UnitReportStatus.SUBMITTED, false, null, "x", new UnitSubmission(0, null,
        0, null, true, true, onSitePercent, null, null, "ok"), known, null, 33, null, null, null);
  }
}
