package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.function.Function;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;

/** One evaluation of the grade table per distinct input within a consolidation; no engine needed. */
class ComplianceGraderTest {

  @Test
  void unitsReportingAlikeAreDecidedOnce() {
    DecisionService decisions = mock(DecisionService.class);
    DmnDecisionTableResult good = mock(DmnDecisionTableResult.class);
    when(good.getSingleEntry()).thenReturn("B");
    when(decisions.evaluateDecisionTableByKey(eq(MonthlyReportingProcess.DECISION_GRADE), any(java.util.Map.class)))
        .thenReturn(good);

    Function<UnitReport, String> grade = new ComplianceGrader(decisions).forOneConsolidation();
    assertThat(grade.apply(report("ben-nghe", 0.5))).isEqualTo("B");
    assertThat(grade.apply(report("an-khanh", 0.5))).isEqualTo("B");
    assertThat(grade.apply(report("thu-duc", 0.2))).isEqualTo("B");

    verify(decisions, times(2)).evaluateDecisionTableByKey(eq(MonthlyReportingProcess.DECISION_GRADE),
        any(java.util.Map.class));
  }

  private static UnitReport report(String unitId, double attendance) {
    return new UnitReport("2026-11", unitId, UnitReportStatus.SUBMITTED, false, null, "x", 0, 0, true, attendance,
        "ok", KnownFigures.NONE, null);
  }
}
