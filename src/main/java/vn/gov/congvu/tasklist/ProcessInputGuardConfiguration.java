package vn.gov.congvu.tasklist;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import vn.gov.congvu.identity.SystemAuthority;

/** Puts the input check in front of the engine REST API and Tasklist's own API, after authentication. */
@Configuration
class ProcessInputGuardConfiguration {

  @Bean
  FilterRegistrationBean<ProcessInputGuardFilter> processInputGuardFilter(IdentityService identity,
      SystemAuthority system, TaskService tasks, RepositoryService repository, List<ProcessInputRule> rules) {
    FilterRegistrationBean<ProcessInputGuardFilter> registration =
        new FilterRegistrationBean<>(new ProcessInputGuardFilter(identity, system, tasks, repository, rules));
    registration.addUrlPatterns("/engine-rest/task/*", "/engine-rest/process-definition/*",
        "/camunda/api/engine/engine/default/task/*", "/camunda/api/engine/engine/default/process-definition/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
