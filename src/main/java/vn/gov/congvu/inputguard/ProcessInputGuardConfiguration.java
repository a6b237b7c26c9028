package vn.gov.congvu.inputguard;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.congvu.identity.SystemAuthority;
import vn.gov.congvu.web.JsonErrors;

/** Puts the input check in front of the engine REST API and Tasklist's own API, after authentication. */
@Configuration
class ProcessInputGuardConfiguration {

  @Bean
  FilterRegistrationBean<ProcessInputGuardFilter> processInputGuardFilter(IdentityService identity,
      SystemAuthority system, TaskService tasks, RepositoryService repository, List<ProcessInputRule> rules,
      ObjectMapper mapper, JsonErrors errors) {
    FilterRegistrationBean<ProcessInputGuardFilter> registration = new FilterRegistrationBean<>(
        new ProcessInputGuardFilter(identity, system, tasks, repository, rules, mapper, errors));
    registration.addUrlPatterns("/engine-rest/task/*", "/engine-rest/process-definition/*",
        "/camunda/api/engine/engine/default/task/*", "/camunda/api/engine/engine/default/process-definition/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
