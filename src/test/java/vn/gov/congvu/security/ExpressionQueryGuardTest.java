package vn.gov.congvu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

/**
 * Regression test for the 2026 weakness of Camunda 7.24 CE: expressions inside a task query's {@code orQueries}
 * escape the ad-hoc expression guard. Any {@code ...Expression} key is refused before the engine sees it.
 */
class ExpressionQueryGuardTest extends ApplicationTest {

  private static final String JUEL = "${execution.getProcessEngineServices().getIdentityService().toString()}";

  @Autowired
  FilterService filters;
  @Autowired
  TaskService tasks;

  @Test
  void expressionInsideOrQueriesIsRefused() {
    ResponseEntity<String> response = post("d1staff", "/engine-rest/task",
        Map.of("orQueries", List.of(Map.of("assigneeExpression", JUEL))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("EXPRESSION_NOT_ALLOWED").contains("assigneeExpression");
  }

  @Test
  void expressionKeyAtAnyDepthAndAnyCaseIsRefused() {
    Map<String, Object> nested = Map.of("orQueries",
        List.of(Map.of("candidateGroup", "heads-district-1", "nested", Map.of("DueAfterEXPRESSION", JUEL))));
    assertThat(post("d1head", "/engine-rest/task/count", nested).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void expressionQueryParameterIsRefused() {
    ResponseEntity<String> response =
        as("d1staff").getForEntity("/engine-rest/task?maxResults=5&assigneeExpression={e}", String.class, JUEL);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void expressionInAFilterListBodyIsRefused() {
    Filter filter = filters.newTaskFilter("guard-probe").setQuery(tasks.createTaskQuery()).setOwner("admin");
    filters.saveFilter(filter);
    try {
      ResponseEntity<String> response = post("admin", "/engine-rest/filter/" + filter.getId() + "/list",
          Map.of("orQueries", List.of(Map.of("followUpBeforeExpression", JUEL))));
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    } finally {
      filters.deleteFilter(filter.getId());
    }
  }

  @Test
  void filterWithExpressionCannotBeCreatedOverRest() {
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "evil", "owner", "admin",
        "query", Map.of("orQueries", List.of(Map.of("assigneeExpression", JUEL))));
    assertThat(post("admin", "/engine-rest/filter/create", filter).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(filters.createFilterQuery().filterName("evil").count()).isZero();
  }

  @Test
  void webappApiIsGuardedToo() {
    ResponseEntity<String> response = rest.getForEntity(
        "/camunda/api/engine/engine/default/task?candidateUserExpression={e}", String.class, JUEL);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void ordinaryOrQueryStillWorks() {
    ResponseEntity<String> response = post("d1head", "/engine-rest/task?maxResults=10",
        Map.of("orQueries", List.of(Map.of("candidateGroup", "heads-district-1", "assignee", "d1head"))));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void keysAreFoundInsideJsonStrings() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var tree = mapper.readTree("{\"query\": \"{\\\"orQueries\\\":[{\\\"ownerExpression\\\":\\\"x\\\"}]}\"}");
    assertThat(ExpressionKeys.inJson(tree, mapper)).contains("ownerExpression");
    assertThat(ExpressionKeys.inJson(mapper.readTree("{\"assignee\":\"expression\"}"), mapper)).isEmpty();
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }
}
