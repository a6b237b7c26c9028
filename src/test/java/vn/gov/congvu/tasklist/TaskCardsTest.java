package vn.gov.congvu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

/**
 * A task's card in Tasklist carries its case for the people the task is meant for: the filter columns (read with
 * their own rights, as Tasklist reads them) and a priority from the case; nobody else sees either.
 */
class TaskCardsTest extends ApplicationTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  FilterService filters;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;

  @Test
  void aCandidateHeadSeesTheColumnsOfTheirUnitsTaskAndAnotherUnitSeesNothing() {
    String trip = fileTrip("d1staff", LocalDate.now(VN).plusDays(7));
    String approval = tasks.createTaskQuery().processInstanceId(trip).singleResult().getId();

    Map<String, Object> card = halCards("d1head", SharedFilters.UNIT).get(approval);
    assertThat(card).as("d1head's card").isNotNull();
    assertThat(columns(card)).containsEntry("card_requesterName", "Phạm Thị Lan")
        .containsEntry("card_destination", "Đà Lạt, Lâm Đồng")
        .containsEntry("card_departureDate", LocalDate.now(VN).plusDays(7).toString())
        .containsEntry("card_reference", runtime.createProcessInstanceQuery().processInstanceId(trip).singleResult()
            .getBusinessKey());

    assertThat(halCards("bnhead", SharedFilters.UNIT)).doesNotContainKey(approval);
    assertThat(as("bnhead").getForObject("/engine-rest/variable-instance?taskIdIn=" + approval + "&maxResults=50",
        List.class)).isEmpty();
    assertThat(as("bnhead").getForObject("/engine-rest/variable-instance?processInstanceIdIn=" + trip
        + "&maxResults=50", List.class)).isEmpty();
  }

  @Test
  void theCopiesAreForReadingAndTheTaskIsCompletedAsBefore() {
    String trip = fileTrip("d1staff", LocalDate.now(VN).plusDays(7));
    String approval = tasks.createTaskQuery().processInstanceId(trip).singleResult().getId();

    ResponseEntity<String> forged = as("d1head").exchange("/engine-rest/task/" + approval
        + "/localVariables/card_requesterName", HttpMethod.PUT, json(Map.of("value", "Người khác", "type", "String")),
        String.class);
    assertThat(forged.getStatusCode().is4xxClientError()).as(forged.getBody()).isTrue();
    ResponseEntity<String> completedWithACopy = as("d1head").postForEntity("/engine-rest/task/" + approval
        + "/complete", json(Map.of("variables", Map.of("approved", Map.of("value", true),
        "destination", Map.of("value", "Hà Nội")))), String.class);
    assertThat(completedWithACopy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tasks.getVariableLocal(approval, "card_requesterName")).isEqualTo("Phạm Thị Lan");
    assertThat(tasks.getVariable(approval, "destination")).isEqualTo("Đà Lạt, Lâm Đồng");

    assertThat(as("d1head").postForEntity("/engine-rest/task/" + approval + "/complete",
        json(Map.of("variables", Map.of("approved", Map.of("value", true)))), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(trip, "destination")).isEqualTo("Đà Lạt, Lâm Đồng");
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(trip).variableName("card_requesterName")
        .count()).as("the copy ends with its task").isZero();
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(trip).variableName("requesterName")
        .count()).as("the process variable stays alone").isEqualTo(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(trip).includeDeleted().list())
        .as("copies leave no history").noneMatch(v -> v.getName().startsWith("card_"))
        .anyMatch(v -> v.getName().equals("requesterName"));
  }

  @Test
  void anIncidentsPriorityFollowsItsSeverity() {
    assertThat(priorities(incident("CRITICAL"))).containsEntry("handle-incident", TaskPriority.URGENT.value())
        .containsEntry("acknowledge-urgent-report", TaskPriority.URGENT.value());
    assertThat(priorities(incident("HIGH"))).containsEntry("handle-incident", TaskPriority.HIGH.value());
    assertThat(priorities(incident("LOW"))).containsEntry("handle-incident", TaskPriority.NORMAL.value());
  }

  @Test
  void anApprovalForATripLeavingTodayOrTomorrowComesFirst() {
    LocalDate today = LocalDate.now(VN);
    assertThat(priorities(fileTrip("d1staff", today))).containsEntry("approve-travel", TaskPriority.URGENT.value());
    assertThat(priorities(fileTrip("d1staff", today.plusDays(1))))
        .containsEntry("approve-travel", TaskPriority.HIGH.value());
    assertThat(priorities(fileTrip("d1staff", today.plusDays(7))))
        .containsEntry("approve-travel", TaskPriority.NORMAL.value());
  }

  @SuppressWarnings("unchecked")
  private String fileTrip(String requester, LocalDate departure) {
    Map<String, Object> body = new HashMap<>(Map.of("requesterId", requester, "destination", "Đà Lạt, Lâm Đồng",
        "departureDate", departure.toString(), "returnDate", departure.plusDays(2).toString(),
        "reason", "Thăm gia đình"));
    ResponseEntity<Map> created = as(requester).postForEntity("/api/travel-requests", json(body), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("processInstanceId");
  }

  @SuppressWarnings("unchecked")
  private String incident(String severity) {
    ResponseEntity<Map> created = as("bnduty").postForEntity("/api/incidents", json(Map.of("unitId", "ben-nghe",
        "source", "PRESS", "category", "OTHER", "severity", severity, "summary", "Báo chí phản ánh")), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("processInstanceId");
  }

  private Map<String, Integer> priorities(String instanceId) {
    Map<String, Integer> byKey = new HashMap<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(instanceId).list()) {
      byKey.put(task.getTaskDefinitionKey(), task.getPriority());
    }
    return byKey;
  }

  /** The filter's cards as Tasklist reads them (HAL, with the filter's columns), by task id. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> halCards(String user, String filterName) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    Map<String, Object> list = as(user).postForObject("/engine-rest/filter/" + filterId + "/list?maxResults=500",
        new HttpEntity<>(Map.of(), headers), Map.class);
    Map<String, Map<String, Object>> cards = new HashMap<>();
    List<Map<String, Object>> embedded = (List<Map<String, Object>>) ((Map<String, Object>) list.get("_embedded"))
        .get("task");
    if (embedded != null) { // an empty list has no tasks to embed
      embedded.forEach(card -> cards.put((String) card.get("id"), card));
    }
    return cards;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> columns(Map<String, Object> card) {
    Map<String, Object> values = new HashMap<>();
    ((List<Map<String, Object>>) ((Map<String, Object>) card.get("_embedded")).get("variable"))
        .forEach(v -> values.put((String) v.get("name"), v.get("value")));
    return values;
  }
}
