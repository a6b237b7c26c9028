package vn.gov.congvu.epidemic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.support.ApplicationTest;
import vn.gov.congvu.support.WebappSession;

/** /api/epidemic-levels and adjust-operations through the engine REST API, as the contract's users and others. */
class EpidemicLevelApiTest extends ApplicationTest {

  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtime;

  @BeforeEach
  @AfterEach
  void emptyRegister() {
    runtime.createProcessInstanceQuery().processDefinitionKey(EpidemicProcess.KEY).list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test"));
    jdbc.update("DELETE FROM unit_operating_mode");
    jdbc.update("DELETE FROM epidemic_level");
  }

  @Test
  @SuppressWarnings("unchecked")
  void healthAnnouncesLevelFourAndEveryoneReadsTheRegisterAndTheLevelInForce() {
    ResponseEntity<Map> created = as("healthhead").postForEntity("/api/epidemic-levels",
        json(announcement("ben-nghe", 4)), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) created.getBody().get("reference")).matches("CD-\\d{4}-\\d{6}");
    assertThat(created.getBody().get("processInstanceId")).isNotNull();

    List<Map<String, Object>> register = as("bnstaff").getForObject("/api/epidemic-levels", List.class);
    assertThat(register).singleElement().satisfies(e -> assertThat(e).containsEntry("areaUnitId", "ben-nghe")
        .containsEntry("areaName", "Ủy ban nhân dân Phường Bến Nghé").containsEntry("level", 4)
        .containsEntry("effectiveFrom", TODAY).containsEntry("decisionRef", "123/QĐ-UBND")
        .containsEntry("announcedBy", "healthhead").containsEntry("reference", created.getBody().get("reference")));
    Map<String, Object> district = as("d1staff").getForObject("/api/epidemic-levels/in-force?unitId=district-1",
        Map.class);
    assertThat(district).containsEntry("seat", "ben-nghe").containsEntry("level", 4);
    assertThat((Map<String, Object>) district.get("operatingMode")).containsEntry("onSiteCapPercent", 33)
        .containsEntry("citizenReception", "URGENT_ONLY").containsEntry("onlineMeetings", true);
    assertThat(as("d1staff").getForObject("/api/epidemic-levels/in-force?unitId=an-khanh", Map.class))
        .containsEntry("level", null).containsEntry("levelName", "Chưa công bố cấp độ dịch");
  }

  @Test
  void onlyHealthAndTheAreasOwnHeadsAnnounceAndNothingIsStoredOtherwise() {
    for (String user : List.of("bnstaff", "bnhead", "hahead", "d1duty", "owner")) {
      assertThat(post(user, announcement("an-khanh", 4)).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(post("akhead", announcement("an-khanh", 3)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(post("tdhead", announcement("thu-duc", 3)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rows()).isEqualTo(2);
  }

  @Test
  void badAnnouncementsAreRefusedNamingTheField() {
    Map<String, Map<String, Object>> bad = new HashMap<>();
    bad.put("areaUnitId", announcement("no-such-ward", 4));
    bad.put("areaUnitId ", announcement("home-affairs", 4)); // a department is no area
    bad.put("level", announcement("ben-nghe", 5));
    bad.put("level ", with(announcement("ben-nghe", 4), "level", "4"));
    bad.put("level  ", with(announcement("ben-nghe", 4), "level", 0));
    bad.put("effectiveFrom", with(announcement("ben-nghe", 4), "effectiveFrom", "2020-01-01"));
    bad.put("effectiveFrom ", with(announcement("ben-nghe", 4), "effectiveFrom", "2099-01-01"));
    bad.put("effectiveFrom  ", with(announcement("ben-nghe", 4), "effectiveFrom", "05/12/2026"));
    bad.put("decisionRef", with(announcement("ben-nghe", 4), "decisionRef", " "));
    bad.forEach((field, body) -> {
      ResponseEntity<String> refused = post("healthhead", body);
      assertThat(refused.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).as(field).contains(field.trim()).doesNotContain("Exception");
    });
    assertThat(rows()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EpidemicProcess.KEY).count()).isZero();
  }

  @Test
  void theEngineRestApiRefusesTheSameAndTakesOnlyTheContractsVariables() {
    ResponseEntity<String> extra = as("healthhead").postForEntity("/engine-rest/process-definition/key/"
        + EpidemicProcess.KEY + "/start", json(Map.of("variables", values(with(announcement("ben-nghe", 4),
        "onSiteCapPercent", 100)))), String.class);
    assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(extra.getBody()).contains("onSiteCapPercent");
    ResponseEntity<String> stranger = as("bnhead").postForEntity("/engine-rest/process-definition/key/"
        + EpidemicProcess.KEY + "/start", json(Map.of("variables", values(announcement("an-khanh", 4)))),
        String.class);
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rows()).isZero();

    ResponseEntity<String> started = as("healthhead").postForEntity("/engine-rest/process-definition/key/"
        + EpidemicProcess.KEY + "/start", json(Map.of("variables", values(announcement("an-khanh", 4)))),
        String.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rows()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aHeadConfirmsWithinTheCapOrWithAnEssentialReasonAndNobodyElseCan() {
    post("healthhead", announcement("an-khanh", 4));
    List<Map<String, Object>> tasks = as("akhead").getForObject("/engine-rest/task?taskDefinitionKey="
        + EpidemicProcess.TASK_ADJUST + "&candidateGroup=heads-an-khanh&maxResults=50", List.class);
    assertThat(tasks).hasSize(1);
    String taskId = (String) tasks.get(0).get("id");
    assertThat(as("bnhead").getForObject("/engine-rest/task?maxResults=50&taskDefinitionKey="
        + EpidemicProcess.TASK_ADJUST, List.class)).isEmpty();

    Map<String, Object> answer = Map.of("onSitePercent", 50, "workFromHome", 6, "citizenReception", "URGENT_ONLY",
        "onlineMeetings", true);
    assertThat(complete("bnhead", taskId, answer).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> noReason = complete("akhead", taskId, answer);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("essentialReason").contains("33 %");
    ResponseEntity<String> routing = complete("akhead", taskId, with(answer, "onSiteCapPercent", 100));
    assertThat(routing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(routing.getBody()).contains("onSiteCapPercent");
    assertThat(complete("akhead", taskId, with(answer, "citizenReception", "CLOSED")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(complete("akhead", taskId, with(answer, "essentialReason", "Tiếp nhận hồ sơ khai sinh, khai tử"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForMap("SELECT on_site_percent, essential_reason, confirmed_by FROM unit_operating_mode "
        + "WHERE unit_id = 'an-khanh'")).containsEntry("ON_SITE_PERCENT", 50)
        .containsEntry("ESSENTIAL_REASON", "Tiếp nhận hồ sơ khai sinh, khai tử")
        .containsEntry("CONFIRMED_BY", "akhead");
  }

  @Test
  void tasklistsPathRefusesAsCleanlyInVietnamese() {
    WebappSession tasklist = new WebappSession(rest);
    assertThat(tasklist.login("bnhead", DEMO_PASSWORD, "tasklist")).isEqualTo(200);
    tasklist.get("/camunda/api/engine/engine/default/task/count");
    String submit = "/camunda/api/engine/engine/default/process-definition/key/" + EpidemicProcess.KEY
        + "/submit-form";
    ResponseEntity<String> notTheirs = tasklist.post(submit, Map.of("variables", values(announcement("an-khanh",
        4))));
    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notTheirs.getBody()).contains("\"field\":\"areaUnitId\"")
        .contains("\"message\":\"Chỉ Sở Y tế và lãnh đạo Ủy ban nhân dân của địa bàn được công bố cấp độ dịch cho "
            + "Phường An Khánh\"").doesNotContain("ENGINE-").doesNotContain("epidemic-level-change:");
    ResponseEntity<String> badLevel = tasklist.post(submit, Map.of("variables", values(announcement("ben-nghe",
        7))));
    assertThat(badLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badLevel.getBody()).contains("level").contains("Cấp độ dịch là một số từ 1 đến 4");
    assertThat(rows()).isZero();

    assertThat(tasklist.post(submit, Map.of("variables", values(announcement("ben-nghe", 3)))).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("SELECT announced_by FROM epidemic_level", String.class)).isEqualTo("bnhead");
  }

  private ResponseEntity<String> post(String user, Map<String, Object> body) {
    return as(user).postForEntity("/api/epidemic-levels", json(body), String.class);
  }

  private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> answer) {
    return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete",
        json(Map.of("variables", values(answer))), String.class);
  }

  private int rows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM epidemic_level", Integer.class);
  }

  private static Map<String, Object> announcement(String area, Object level) {
    return Map.of("areaUnitId", area, "level", level, "effectiveFrom", TODAY, "decisionRef", "123/QĐ-UBND");
  }

  private static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(name, value);
    return changed;
  }

  private static Map<String, Object> values(Map<String, Object> variables) {
    Map<String, Object> body = new HashMap<>();
    variables.forEach((name, value) -> body.put(name, Map.of("value", value)));
    return body;
  }
}
