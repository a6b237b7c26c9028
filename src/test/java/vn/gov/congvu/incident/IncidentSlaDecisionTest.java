package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

/** The deadline of each level by severity: clock time, since duty is 24/7. */
class IncidentSlaDecisionTest extends ApplicationTest {

  @Autowired
  DecisionService decisions;

  @ParameterizedTest
  @CsvSource({"CRITICAL,UNIT_DUTY,PT1H", "CRITICAL,CITY,PT1H", "HIGH,UNIT_HEAD,PT4H", "HIGH,DISTRICT,PT4H",
      "LOW,HOME_AFFAIRS,PT24H", "LOW,UNIT_DUTY,PT24H"})
  void deadlineDependsOnSeverity(String severity, String level, String deadline) {
    String result = decisions.evaluateDecisionTableByKey(IncidentProcess.DECISION_SLA,
        Variables.createVariables().putValue(IncidentProcess.VAR_SEVERITY, severity)
            .putValue(IncidentProcess.VAR_LEVEL, level)).getSingleEntry();
    assertThat(result).isEqualTo(deadline);
  }
}
