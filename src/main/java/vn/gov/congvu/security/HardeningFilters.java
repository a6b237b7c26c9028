package vn.gov.congvu.security;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Response headers, failed-login logging, the webapps' CSRF check and the engine REST API's errors (issue 14). */
@Configuration
class HardeningFilters {

  /** The name under which Camunda's webapp initializer registers its engine API servlet. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  @Bean
  FilterRegistrationBean<NoSniffFilter> noSniffFilter() {
    FilterRegistrationBean<NoSniffFilter> registration = new FilterRegistrationBean<>(new NoSniffFilter());
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Around the authentication filters, so it sees their 401. */
  @Bean
  FilterRegistrationBean<FailedLoginLogFilter> failedLoginLogFilter(CamundaBpmProperties camunda) {
    FilterRegistrationBean<FailedLoginLogFilter> registration =
        new FilterRegistrationBean<>(new FailedLoginLogFilter());
    registration.addUrlPatterns(SecurityFilters.AUTHENTICATED);
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Takes the place of Camunda's CSRF filter: same settings and paths, registered before the starter's initializer
   * (which runs at the lowest precedence) under the name the initializer looks for.
   */
  @Bean
  FilterRegistrationBean<KeepSessionCsrfFilter> csrfPreventionFilter(CamundaBpmProperties camunda) {
    FilterRegistrationBean<KeepSessionCsrfFilter> registration =
        new FilterRegistrationBean<>(new KeepSessionCsrfFilter());
    registration.setName(KeepSessionCsrfFilter.CAMUNDA_FILTER_NAME);
    registration.setInitParameters(camunda.getWebapp().getCsrf().getInitParams());
    String path = camunda.getWebapp().getApplicationPath();
    registration.addUrlPatterns(path + "/api/*", path + "/app/*");
    registration.setOrder(0);
    return registration;
  }

  /** Added to the starter's Jersey application of {@code /engine-rest}. */
  @Bean
  ResourceConfigCustomizer engineRestErrors() {
    return config -> config.register(EngineRestErrorFilter.class);
  }

  /**
   * Tasklist's and Cockpit's path to the engine, {@code /camunda/api/engine}: Camunda's own application with the same
   * error filter, registered under the servlet name the webapp initializer looks for (it then skips its copy).
   */
  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda) {
    ResourceConfig application = ResourceConfig.forApplicationClass(EngineRestApplication.class)
        .register(EngineRestErrorFilter.class);
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
        new ServletContainer(application), camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(WEBAPP_ENGINE_API);
    registration.setOrder(0);
    return registration;
  }
}
