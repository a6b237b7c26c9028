package vn.gov.congvu.security;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile with an unset or default administrator password, or with the demo
 * organization switched on. It runs before any bean exists, so the engine never creates an administrator with a
 * default password. Registered in {@code META-INF/spring.factories}.
 */
public class ProductionCredentialsGuard implements EnvironmentPostProcessor {

  static final String PROFILE = "prod";
  private static final Set<String> DEFAULTS = Set.of("admin", "demo", "password", "camunda", "changeme", "123456");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
      return;
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (password.isBlank()) {
      throw new IllegalStateException(
          "Profile 'prod' needs an administrator password: set ADMIN_PASSWORD (camunda.bpm.admin-user.password)");
    }
    if (DEFAULTS.contains(password.toLowerCase(Locale.ROOT))
        || password.equalsIgnoreCase(environment.getProperty("camunda.bpm.admin-user.id", "admin"))) {
      throw new IllegalStateException(
          "Profile 'prod' refuses a default administrator password: set ADMIN_PASSWORD to a strong secret");
    }
    if (environment.getProperty("app.demo.enabled", Boolean.class, false)) {
      throw new IllegalStateException("Profile 'prod' must not load the demo organization (app.demo.enabled)");
    }
  }
}
