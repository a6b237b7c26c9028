package vn.gov.congvu.inputguard;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import vn.gov.congvu.web.JsonErrors;

/** The engine's refusals in plain Vietnamese, on the engine REST API and Tasklist's own path to the engine. */
@Configuration
class EngineErrorFilterConfiguration {

  @Bean
  FilterRegistrationBean<EngineErrorFilter> engineErrorFilter(JsonErrors errors) {
    FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(new EngineErrorFilter(errors));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
