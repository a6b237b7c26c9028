package vn.gov.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

/** The starter's default pattern skips Camunda Forms; ours deploys every .form found under processes/. */
class ProcessResourcesDeploymentTest extends ApplicationTest {

  @Autowired
  RepositoryService repository;

  @Test
  void formsUnderProcessesAreDeployed() {
    List<String> deployed = repository.createDeploymentQuery().list().stream()
        .flatMap(d -> repository.getDeploymentResources(d.getId()).stream()).map(Resource::getName).toList();

    assertThat(deployed).anyMatch(name -> name.endsWith("deployment-probe.form"));
  }
}
