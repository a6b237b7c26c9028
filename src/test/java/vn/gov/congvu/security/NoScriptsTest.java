package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.gov.congvu.support.ApplicationTest;

/** No script reaches the engine through a diagram, wherever BPMN lets one hide; the REST API answers 400. */
class NoScriptsTest extends ApplicationTest {

  private static final String START_LISTENER = "startListener";
  private static final String TASK_LISTENER = "taskListener";
  private static final String INPUT_MAPPING = "inputMapping";
  private static final String CONDITION = "condition";
  private static final String SCRIPT_TASK = "scriptTask";

  @Autowired
  RepositoryService repository;

  @ParameterizedTest
  @ValueSource(strings = {START_LISTENER, TASK_LISTENER, INPUT_MAPPING, CONDITION, SCRIPT_TASK})
  void diagramWithAScriptIsRefusedByTheEngine(String where) {
    long deployments = repository.createDeploymentQuery().count();
    assertThatThrownBy(() -> repository.createDeployment().addString("scripted.bpmn", diagram(where)).deploy())
        .isInstanceOf(ParseException.class).hasMessageContaining("không nhận script");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @ParameterizedTest
  @ValueSource(strings = {START_LISTENER, TASK_LISTENER, CONDITION, SCRIPT_TASK})
  void restDeploymentWithAScriptIsA400WithAPlainMessage(String where) {
    ResponseEntity<String> response = deploy(diagram(where));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("không nhận script").doesNotContain("at org.").doesNotContain("\\tat ");
  }

  @Test
  void expressionsStillDeploy() {
    ResponseEntity<String> response = deploy(diagram("none"));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    repository.createDeploymentQuery().deploymentName("no-scripts-probe").list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  private ResponseEntity<String> deploy(String bpmn) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "no-scripts-probe");
    form.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "no-scripts-probe.bpmn";
      }
    });
    return as("admin").postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }

  /** A start, a user task and an end; the script (or, for "none", an expression) where asked. */
  private static String diagram(String where) {
    String startListener = where.equals(START_LISTENER)
        ? "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">1</camunda:script>"
            + "</camunda:executionListener>"
        : "<camunda:executionListener event=\"start\" expression=\"${true}\" />";
    String taskExtensions = where.equals(TASK_LISTENER)
        ? "<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"groovy\">1</camunda:script>"
            + "</camunda:taskListener>"
        : where.equals(INPUT_MAPPING)
            ? "<camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"javascript\">1"
                + "</camunda:script></camunda:inputParameter></camunda:inputOutput>"
            : "<camunda:taskListener event=\"create\" expression=\"${true}\" />";
    String condition = "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\""
        + (where.equals(CONDITION) ? " language=\"javascript\">true" : ">${true}") + "</bpmn:conditionExpression>";
    String task = where.equals(SCRIPT_TASK)
        ? "<bpmn:scriptTask id=\"work\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"
        : "<bpmn:userTask id=\"work\" camunda:candidateGroups=\"heads-district-1\"><bpmn:extensionElements>"
            + taskExtensions + "</bpmn:extensionElements></bpmn:userTask>";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="no-scripts-definitions" targetNamespace="http://congvu.example/test">
          <bpmn:process id="no-scripts-probe" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="start"><bpmn:extensionElements>%s</bpmn:extensionElements></bpmn:startEvent>
            <bpmn:sequenceFlow id="to-work" sourceRef="start" targetRef="work" />
            %s
            <bpmn:sequenceFlow id="to-end" sourceRef="work" targetRef="end">%s</bpmn:sequenceFlow>
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(startListener, task, condition);
  }
}
