package vn.gov.congvu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Day-to-day changes: each endpoint, who may call it, its audit row, and Camunda following at once. */
class DirectoryChangesApiTest extends DirectoryChangingTest {

  @Test
  void appointingAHeadMakesThePreviousOneStaffOfTheUnit() {
    ResponseEntity<JsonNode> answer = put("admin", "/api/directory/units/ben-nghe/head", Map.of("userId", "bnstaff"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().get("role").asText()).isEqualTo("HEAD");
    assertThat(answer.getBody().get("unitId").asText()).isEqualTo("ben-nghe");
    assertThat(answer.getBody().get("active").asBoolean()).isTrue();
    assertThat(groupsOf("bnstaff")).contains("heads-ben-nghe", "unit-heads");
    assertThat(groupsOf("bnhead")).contains("members-ben-nghe").doesNotContain("heads-ben-nghe", "unit-heads");
    assertThat(jdbc.queryForMap("SELECT changed_by, unit_id, user_id FROM directory_change WHERE action = "
        + "'APPOINT_HEAD' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")).containsEntry("CHANGED_BY", "admin")
        .containsEntry("UNIT_ID", "ben-nghe").containsEntry("USER_ID", "bnstaff");
  }

  @Test
  void theDutyRosterIsTheSetOfPeopleOnDutyNow() {
    ResponseEntity<JsonNode> answer = put("hahead", "/api/directory/units/district-1/duty",
        Map.of("userIds", List.of("d1staff")));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().findValuesAsText("userId")).containsExactly("d1staff");
    assertThat(groupsOf("d1staff")).contains("duty-district-1", "duty-officers");
    assertThat(groupsOf("d1duty")).doesNotContain("duty-district-1", "duty-officers");
    assertThat(jdbc.queryForObject("SELECT details FROM directory_change WHERE action = 'SET_DUTY' ORDER BY id DESC "
        + "FETCH FIRST 1 ROWS ONLY", String.class)).contains("d1staff").contains("relieved: [d1duty]");

    ResponseEntity<JsonNode> head = put("hahead", "/api/directory/units/district-1/duty",
        Map.of("userIds", List.of("d1head")));
    assertThat(head.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(head.getBody().get("message").asText()).startsWith("userIds: 'd1head' là thủ trưởng");
    assertThat(put("hahead", "/api/directory/units/district-1/duty", Map.of("userIds", List.of("bnstaff")))
        .getBody().get("error").asText()).isEqualTo("INVALID_USERIDS");
  }

  @Test
  void aPersonIsAddedMovedAndGivenARoleAndCamundaFollows() {
    ResponseEntity<JsonNode> added = put("admin", "/api/directory/staff/newbie", Map.of("unitId", "an-khanh",
        "role", "STAFF", "fullName", "Trần Văn Mới", "email", "newbie@congvu.example.vn"));
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identity.checkPassword("newbie", DEMO_PASSWORD)).isTrue(); // demo profile: the demo password
    assertThat(groupsOf("newbie")).contains("members-an-khanh", "staff");

    ResponseEntity<JsonNode> moved = put("hahead", "/api/directory/staff/d1staff",
        Map.of("unitId", "ben-nghe", "role", "DEPUTY"));
    assertThat(moved.getBody().get("unitId").asText()).isEqualTo("ben-nghe");
    assertThat(moved.getBody().get("fullName").asText()).isEqualTo("Phạm Thị Lan");
    assertThat(groupsOf("d1staff")).contains("members-ben-nghe", "deputies-ben-nghe")
        .doesNotContain("members-district-1");

    assertThat(put("admin", "/api/directory/staff/ghost", Map.of("unitId", "ben-nghe", "role", "STAFF"))
        .getBody().get("message").asText()).startsWith("fullName:");
    assertThat(put("admin", "/api/directory/staff/d1staff", Map.of("unitId", "ben-nghe", "role", "BOSS"))
        .getBody().get("error").asText()).isEqualTo("INVALID_ROLE");
    assertThat(put("admin", "/api/directory/staff/d1staff", Map.of("unitId", "atlantis", "role", "STAFF"))
        .getBody().get("error").asText()).isEqualTo("INVALID_UNITID");
  }

  @Test
  void someoneWhoLeftKeepsTheirNameButCannotLogIn() {
    ResponseEntity<JsonNode> left = exchange("hahead", HttpMethod.DELETE, "/api/directory/staff/bnstaff", null);

    assertThat(left.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(left.getBody().get("active").asBoolean()).isFalse();
    assertThat(left.getBody().get("fullName").asText()).isEqualTo("Bùi Quốc Huy");
    assertThat(as("bnstaff").getForEntity("/api/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(exchange("hahead", HttpMethod.DELETE, "/api/directory/staff/nobody", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("d1head").getForObject("/api/directory/staff?unitId=ben-nghe&all=true", JsonNode.class)
        .findValuesAsText("userId")).contains("bnstaff");
    assertThat(as("d1head").getForObject("/api/directory/staff?unitId=ben-nghe", JsonNode.class)
        .findValuesAsText("userId")).doesNotContain("bnstaff");
  }

  @Test
  void everyoneReadsTheDirectoryButOnlyAdministratorsAndHomeAffairsSeeEmails() {
    JsonNode units = as("d1staff").getForObject("/api/directory/units", JsonNode.class);
    assertThat(units.findValuesAsText("id")).contains("city-committee", "ben-nghe", "an-khanh");
    assertThat(units.findValuesAsText("seat")).contains("ben-nghe", "an-khanh");

    JsonNode staff = as("d1staff").getForObject("/api/directory/staff?unitId=ben-nghe", JsonNode.class);
    assertThat(staff.findValuesAsText("userId")).containsExactly("bnduty", "bnhead", "bnstaff");
    assertThat(staff.findValues("email")).isEmpty();
    assertThat(as("haofficer").getForObject("/api/directory/staff?unitId=ben-nghe", JsonNode.class)
        .findValuesAsText("email")).contains("bnhead@congvu.example.vn");
    assertThat(as("admin").getForObject("/api/directory/staff", JsonNode.class).findValuesAsText("email"))
        .hasSize(12);
    assertThat(as("d1staff").getForEntity("/api/directory/staff?unitId=atlantis", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onePersonByLoginWithoutTheirMailForStaff() {
    JsonNode bnhead = as("d1staff").getForObject("/api/directory/staff/bnhead", JsonNode.class);
    assertThat(bnhead.get("fullName").asText()).isEqualTo("Hoàng Văn Bình");
    assertThat(bnhead.has("email")).isFalse();
    assertThat(as("haofficer").getForObject("/api/directory/staff/bnhead", JsonNode.class).get("email").asText())
        .isEqualTo("bnhead@congvu.example.vn");
    assertThat(as("d1staff").getForEntity("/api/directory/staff/nobody", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/directory/staff/bnhead", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aDistrictsStaffWithTheUnitsBelowItOwnFirst() {
    JsonNode district = as("d1duty").getForObject("/api/directory/staff?unitId=district-1&below=true",
        JsonNode.class);
    List<String> ids = district.findValuesAsText("userId");
    assertThat(ids.subList(0, 3)).containsExactly("d1duty", "d1head", "d1staff");
    assertThat(ids).contains("bnhead", "bnstaff").doesNotContain("hahead", "chairman");
    assertThat(district.findValuesAsText("unitId")).contains("district-1", "ben-nghe");
    assertThat(as("d1duty").getForObject("/api/directory/staff?unitId=ben-nghe&below=true", JsonNode.class)
        .findValuesAsText("userId")).containsExactly("bnduty", "bnhead", "bnstaff");
  }

  @Test
  void onlyTheAdministratorAndHeadsOfHomeAffairsChangeTheDirectory() {
    for (String user : List.of("d1head", "haofficer", "chairman", "owner", "bnduty")) {
      List<HttpStatus> statuses = new ArrayList<>();
      statuses.add(status(put(user, "/api/directory/units/ben-nghe/head", Map.of("userId", "bnstaff"))));
      statuses.add(status(put(user, "/api/directory/units/ben-nghe/duty", Map.of("userIds", List.of()))));
      statuses.add(status(put(user, "/api/directory/staff/bnstaff", Map.of("unitId", "ben-nghe", "role", "HEAD"))));
      statuses.add(status(exchange(user, HttpMethod.DELETE, "/api/directory/staff/bnstaff", null)));
      statuses.add(status(exchange(user, HttpMethod.POST, "/api/directory/staff/bnstaff/password-link", null)));
      assertThat(statuses).as(user).containsOnly(HttpStatus.FORBIDDEN);
    }
    assertThat(jdbc.queryForObject("SELECT role FROM staff WHERE user_id = 'bnstaff'", String.class))
        .isEqualTo("STAFF");
  }

  private static HttpStatus status(ResponseEntity<?> response) {
    return HttpStatus.valueOf(response.getStatusCode().value());
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }

  private ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return exchange(user, HttpMethod.PUT, path, body);
  }

  private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body) {
    return as(user).exchange(path, method, json(body), JsonNode.class);
  }
}
