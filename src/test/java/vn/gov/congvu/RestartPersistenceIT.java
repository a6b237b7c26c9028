package vn.gov.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.congvu.identity.IdentityStartup;
import vn.gov.congvu.support.ProbeProcesses;
import vn.gov.congvu.support.StandaloneApplication;

/** The embedded default keeps its data in an H2 file: a restart loses nothing and the second start changes nothing. */
class RestartPersistenceIT {

  @TempDir
  Path dataDir;

  @Test
  void runningInstanceAndDirectorySurviveARestart() {
    String instanceId;
    try (ConfigurableApplicationContext first = StandaloneApplication.start(dataDir, "restart-test")) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment().addModelInstance("restart-probe.bpmn",
          ProbeProcesses.probe("restart-probe")).deploy();
      instanceId = engine.getRuntimeService().startProcessInstanceByKey("restart-probe", "2026-11").getId();
      assertThat(first.getBean(IdentityStartup.class).lastReport().total()).isPositive();
    }
    assertThat(Files.exists(dataDir.resolve("congvu.mv.db"))).isTrue();

    try (ConfigurableApplicationContext second = StandaloneApplication.start(dataDir, "restart-test")) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId)
          .singleResult().getBusinessKey()).isEqualTo("2026-11");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).count()).isEqualTo(1);
      assertThat(second.getBean(IdentityStartup.class).lastReport().total()).isZero();
      assertThat(engine.getIdentityService().checkPassword("d1staff", "demo")).isTrue();
    }
  }
}
