package vn.gov.congvu.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.congvu.web.JsonErrors;

/**
 * Servlet filters in front of every API: the guards first (they answer without touching the engine), the webapps'
 * queries bounded by the engine's result limit, then HTTP Basic authentication against the directory-derived Camunda
 * users for the engine REST API, the project API and the management endpoints other than health. The Camunda starter
 * registers no authentication filter by itself.
 */
@Configuration
class SecurityFilters {

  static final String[] AUTHENTICATED = {"/engine-rest/*", "/api/*", "/actuator/prometheus", "/actuator/metrics",
      "/actuator/metrics/*", "/actuator/info"};

  @Bean
  FilterRegistrationBean<AdminSetupLockFilter> adminSetupLockFilter(JsonErrors errors) {
    FilterRegistrationBean<AdminSetupLockFilter> registration =
        new FilterRegistrationBean<>(new AdminSetupLockFilter(errors));
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ExpressionQueryGuardFilter> expressionQueryGuardFilter(ObjectMapper mapper,
      JsonErrors errors) {
    FilterRegistrationBean<ExpressionQueryGuardFilter> registration =
        new FilterRegistrationBean<>(new ExpressionQueryGuardFilter(mapper, errors));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappQueryLimitFilter> webappQueryLimitFilter(ProcessEngineConfigurationImpl engine) {
    FilterRegistrationBean<WebappQueryLimitFilter> registration =
        new FilterRegistrationBean<>(new WebappQueryLimitFilter(engine::getQueryMaxResultsLimit));
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new AlwaysAuthenticateFilter());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(AUTHENTICATED);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }
}
