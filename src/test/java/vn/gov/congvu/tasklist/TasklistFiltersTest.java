package vn.gov.congvu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.ProbeProcesses;
import vn.gov.congvu.support.WebappSession;

/** The four shared filters, run through the REST API as Tasklist runs them. */
class TasklistFiltersTest extends ApplicationTest {

  private static final long HOUR = 3_600_000L;

  @Autowired
  TasklistFilterSetup setup;
  @Autowired
  FilterService filters;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  private Task task;

  @BeforeEach
  void unitTask() {
    ProbeProcesses.deployMissing(repository);
    String instanceId = runtime.startProcessInstanceByKey(ProbeProcesses.TASK_PROBE).getId();
    task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  @Test
  void everyUserSeesTheFourSharedFiltersWithColumns() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> seen = as("bnstaff").getForObject("/engine-rest/filter?resourceType=Task&maxResults=50",
        List.class);
    assertThat(seen).extracting(f -> f.get("name")).contains(SharedFilters.MINE, SharedFilters.UNIT,
        SharedFilters.OVERDUE, SharedFilters.DUE_SOON);
    assertThat(filters.createFilterQuery().filterName(SharedFilters.UNIT).singleResult().getProperties().toString())
        .contains("Người đề nghị").contains("Kỳ báo cáo");
  }

  @Test
  void unitFilterShowsUnassignedTasksOfMyGroupsOnly() {
    assertThat(listed("d1head", SharedFilters.UNIT)).contains(task.getId());
    assertThat(listed("bnhead", SharedFilters.UNIT)).doesNotContain(task.getId());

    tasks.claim(task.getId(), "d1head");

    assertThat(listed("d1head", SharedFilters.UNIT)).doesNotContain(task.getId());
    assertThat(listed("d1head", SharedFilters.MINE)).contains(task.getId());
  }

  @Test
  void overdueAndDueSoonFollowTheDueDate() {
    tasks.claim(task.getId(), "d1head");
    setDue(new Date(System.currentTimeMillis() - HOUR));
    assertThat(listed("d1head", SharedFilters.OVERDUE)).contains(task.getId());
    assertThat(listed("d1head", SharedFilters.DUE_SOON)).doesNotContain(task.getId());

    setDue(new Date(System.currentTimeMillis() + 2 * HOUR));
    assertThat(listed("d1head", SharedFilters.OVERDUE)).doesNotContain(task.getId());
    assertThat(listed("d1head", SharedFilters.DUE_SOON)).contains(task.getId());

    setDue(new Date(System.currentTimeMillis() + 100 * HOUR));
    assertThat(listed("d1head", SharedFilters.DUE_SOON)).doesNotContain(task.getId());
  }

  @Test
  void everyFilterCountsItsTasksForTasklist() {
    tasks.claim(task.getId(), "d1head");
    setDue(new Date(System.currentTimeMillis() - HOUR));
    WebappSession tasklist = new WebappSession(rest);
    assertThat(tasklist.login("d1head", DEMO_PASSWORD, "tasklist")).isEqualTo(200);

    // What congvu/tasklist.js asks for: every filter with its count, counted with the user's rights.
    ResponseEntity<String> counted = tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task"
        + "&itemCount=true");
    assertThat(counted.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Integer> counts = new HashMap<>();
    JsonPath.<List<Map<String, Object>>>read(counted.getBody(), "$")
        .forEach(f -> counts.put((String) f.get("name"), (Integer) f.get("itemCount")));
    assertThat(counts).containsKeys(SharedFilters.MINE, SharedFilters.UNIT, SharedFilters.OVERDUE,
        SharedFilters.DUE_SOON);
    assertThat(counts.get(SharedFilters.OVERDUE)).isEqualTo(listed("d1head", SharedFilters.OVERDUE).size())
        .isPositive();
    assertThat(counts.get(SharedFilters.DUE_SOON)).isEqualTo(listed("d1head", SharedFilters.DUE_SOON).size());
    for (String name : counts.keySet()) {
      String filterId = filters.createFilterQuery().filterName(name).singleResult().getId();
      assertThat(as("d1head").getForEntity("/engine-rest/filter/" + filterId + "/count", String.class)
          .getStatusCode()).as(name).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void aColumnSharedByFeaturesIsShownOnce() {
    assertThat(setup.columns()).extracting(FilterColumn::name).doesNotHaveDuplicates().contains("reference");
  }

  @Test
  void onlyTheAdministratorCreatesFilters() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "Của tôi thôi", "query", Map.of());
    assertThat(as("d1head").postForEntity("/engine-rest/filter/create", new HttpEntity<>(filter, headers),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(filters.createFilterQuery().filterName("Của tôi thôi").count()).isZero();
  }

  @Test
  void setupIsIdempotent() {
    assertThat(setup.apply()).isZero();
    assertThat(filters.createFilterQuery().filterName(SharedFilters.MINE).count()).isEqualTo(1);
  }

  private void setDue(Date due) {
    Task current = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    current.setDueDate(due);
    tasks.saveTask(current);
  }

  @SuppressWarnings("unchecked")
  private List<String> listed(String user, String filterName) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    List<Map<String, Object>> list = as(user).postForObject("/engine-rest/filter/" + filterId + "/list?maxResults=500",
        new HttpEntity<>(Map.of(), headers), List.class);
    return list.stream().map(t -> (String) t.get("id")).toList();
  }
}
