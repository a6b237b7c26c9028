package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.TimeZone;

import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

class HardeningTest extends ApplicationTest {

  @Autowired
  ProcessEngine engine;

  private ProcessEngineConfigurationImpl config() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  void authorizationIsOnAndHistoryIsFull() {
    assertThat(config().isAuthorizationEnabled()).isTrue();
    assertThat(config().getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
  }

  @Test
  void serializationIsLockedDown() {
    assertThat(config().isJavaSerializationFormatEnabled()).isFalse();
    assertThat(config().isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(config().isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(config().getQueryMaxResultsLimit()).isEqualTo(2000);
  }

  @Test
  void historyIsKeptAtLeastFiveYearsAndCleanedAtNight() {
    Period ttl = Period.parse(config().getHistoryTimeToLive());
    assertThat(ttl.getDays()).isGreaterThanOrEqualTo(5 * 365 + 1);
    assertThat(config().getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(config().getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
  }

  @Test
  void noScriptEngineBesidesCamundasOwnExpressionLanguagesIsOnTheClasspath() {
    ScriptEngineManager manager = new ScriptEngineManager();
    for (String language : new String[] {"javascript", "js", "graal.js", "nashorn", "groovy", "python", "ruby"}) {
      assertThat(manager.getEngineByName(language)).as(language).isNull();
    }
    assertThat(manager.getEngineFactories()).allSatisfy(
        factory -> assertThat(factory.getClass().getName()).startsWith("org.camunda."));
  }

  @Test
  void diagramWithAScriptTaskIsRefused() {
    var model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("scripted").camundaHistoryTimeToLive(1)
        .startEvent().scriptTask("script").scriptFormat("javascript").scriptText("1+1").endEvent().done();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
        .addModelInstance("scripted.bpmn", model).deploy()).hasMessageContaining("không nhận script");
  }

  @Test
  void jvmRunsInVietnamTime() {
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Ho_Chi_Minh");
  }

  @Test
  void candidatesMayWorkButNotReassignTasks() {
    assertThat(config().getDefaultUserPermissionNameForTask()).isEqualTo("TASK_WORK");
  }
}
