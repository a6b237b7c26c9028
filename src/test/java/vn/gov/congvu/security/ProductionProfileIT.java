package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import vn.gov.congvu.support.StandaloneApplication;

class ProductionProfileIT {

  @TempDir
  Path dataDir;

  @Test
  void prodStartWithDefaultAdminPasswordFails() {
    assertThatThrownBy(() -> startProd("--camunda.bpm.admin-user.password=admin").close())
        .hasMessageContaining("default administrator password");
  }

  @Test
  void prodStartWithoutAdminPasswordFails() {
    assertThatThrownBy(() -> startProd("--camunda.bpm.admin-user.password=").close())
        .hasMessageContaining("needs an administrator password");
  }

  @Test
  void prodRefusesTheDemoOrganization() {
    MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "Str0ng!Secret-26")
        .withProperty("app.demo.enabled", "true");
    env.setActiveProfiles("prod");
    assertThatThrownBy(() -> new ProductionCredentialsGuard().postProcessEnvironment(env, null))
        .hasMessageContaining("demo organization");
  }

  @Test
  void demoProfileAllowsDefaultCredentials() {
    MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "admin")
        .withProperty("app.demo.enabled", "true");
    assertThatCode(() -> new ProductionCredentialsGuard().postProcessEnvironment(env, null))
        .doesNotThrowAnyException();
    env.setActiveProfiles("prod");
    assertThatThrownBy(() -> new ProductionCredentialsGuard().postProcessEnvironment(env, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("default administrator password");
  }

  @Test
  void prodWithAStrongPasswordStartsWithoutDemoUsersAndWithPasswordPolicy() {
    try (ConfigurableApplicationContext prod = startProd("--camunda.bpm.admin-user.password=Str0ng!Secret-26")) {
      ProcessEngine engine = prod.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().userId("d1staff").count()).isZero();
      assertThat(engine.getIdentityService().checkPassword("admin", "Str0ng!Secret-26")).isTrue();
      assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isEnablePasswordPolicy())
          .isTrue();
    }
  }

  private ConfigurableApplicationContext startProd(String... extra) {
    String[] args = StandaloneApplication.args(dataDir, "prod-test", extra);
    return StandaloneApplication.builder().profiles("prod").run(args);
  }
}
