package vn.gov.congvu.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The coverage gate: a process test class (one listening with ProcessEngineCoverageTestExecutionListener) fails
 * below 100 % of its diagram's flow nodes and sequence flows. Test-only stand-in processes are not counted.
 * Only in the JVM that runs the process tests (Surefire execution {@code process-tests}): the coverage listener reads
 * process definitions as the logged-in user, which the REST tests' users are rightly not allowed to.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(ProcessCoverage.PROPERTY)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

  public static final String PROPERTY = "app.test.process-coverage";

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder()
        .assertClassCoverageAtLeast(1.0)
        .excludeProcessDefinitionKeys(ProbeProcesses.TASK_PROBE, "restart-probe", "authorization-probe")
        .build();
  }
}
