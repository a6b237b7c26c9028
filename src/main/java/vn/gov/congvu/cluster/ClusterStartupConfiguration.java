package vn.gov.congvu.cluster;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes Flyway and the process engine wait for the cluster startup lock. */
@Configuration
class ClusterStartupConfiguration {

  static final String LOCK_BEAN = "clusterStartupLock";
  private static final List<String> GUARDED = List.of("flywayInitializer", "flyway", "processEngineFactoryBean");

  @Bean(LOCK_BEAN)
  ClusterStartupLock clusterStartupLock(DataSource dataSource) throws SQLException {
    return new ClusterStartupLock(dataSource);
  }

  @Bean
  static BeanFactoryPostProcessor startupWaitsForTheLock() {
    return factory -> {
      for (String name : GUARDED) {
        if (factory.containsBeanDefinition(name)) {
          BeanDefinition definition = factory.getBeanDefinition(name);
          List<String> dependsOn = new ArrayList<>(definition.getDependsOn() == null ? List.of()
              : Arrays.asList(definition.getDependsOn()));
          dependsOn.add(LOCK_BEAN);
          definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
      }
    };
  }
}
