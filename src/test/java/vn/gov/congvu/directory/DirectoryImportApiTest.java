package vn.gov.congvu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.congvu.directory.DirectoryFiles.DEMO_STAFF;
import static vn.gov.congvu.directory.DirectoryFiles.DEMO_UNITS;
import static vn.gov.congvu.directory.DirectoryFiles.edit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.congvu.identity.WrittenTables;

/** {@code POST /api/directory/import}: the difference, applying it, and a second import that changes nothing. */
class DirectoryImportApiTest extends DirectoryChangingTest {

  @Autowired
  AuthorizationService authorizations;

  /** A new ward with its head, a renamed department, a move, a role change and someone who left. */
  static final String EDITED_UNITS = DEMO_UNITS
      .replace("health-dept,Sở Y tế,", "health-dept,Sở Y tế Thành phố,")
      + "ben-thanh,Ủy ban nhân dân Phường Bến Thành,WARD,district-1,\n";
  static final String EDITED_STAFF = edit(edit(edit(DEMO_STAFF,
      "d1staff,", "d1staff,Phạm Thị Lan,d1staff@congvu.example.vn,ben-nghe,STAFF,0283 829 4003"),
      "bnstaff,", null),
      "d1duty,", "d1duty,Nguyễn Văn Dũng,d1duty@congvu.example.vn,district-1,DEPUTY,0283 829 4002")
      + "bthead,Lý Thị Thu,bthead@congvu.example.vn,ben-thanh,HEAD,\n";

  @Test
  void theDemoOrganizationAsAFileChangesNothing() {
    JsonNode answer = importAs("admin", true, DirectoryFiles.csv(DEMO_UNITS, DEMO_STAFF)).getBody();

    assertThat(answer.get("dryRun").asBoolean()).isTrue();
    for (String list : List.of("unitsAdded", "unitsChanged", "unitsClosed", "staffAdded", "staffChanged",
        "staffLeft")) {
      assertThat(answer.get(list)).as(list).isEmpty();
    }
  }

  @Test
  void aDryRunAnswersTheDifferenceAndChangesNothing() {
    JsonNode answer = importAs("hahead", true, DirectoryFiles.csv(EDITED_UNITS, EDITED_STAFF)).getBody();

    assertThat(answer.get("dryRun").asBoolean()).isTrue();
    assertThat(answer.get("unitsAdded").findValuesAsText("id")).containsExactly("ben-thanh");
    assertThat(answer.get("unitsAdded").get(0).get("seat").asText()).isEqualTo("ben-thanh");
    assertThat(answer.get("unitsChanged").get(0).get("id").asText()).isEqualTo("health-dept");
    assertThat(answer.get("unitsChanged").get(0).get("changes").get(0).get("to").asText())
        .isEqualTo("Sở Y tế Thành phố");
    assertThat(answer.get("staffAdded").findValuesAsText("userId")).containsExactly("bthead");
    assertThat(answer.get("staffChanged").findValuesAsText("id")).containsExactlyInAnyOrder("d1staff", "d1duty");
    assertThat(answer.get("staffLeft").findValuesAsText("userId")).containsExactly("bnstaff");
    assertThat(answer.get("files").findValuesAsText("sha256")).hasSize(2).allMatch(h -> h.length() == 64);
    assertThat(answer.has("importId")).isFalse();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE id = 'ben-thanh' AND active = TRUE",
        Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT active FROM staff WHERE user_id = 'bnstaff'", Boolean.class)).isTrue();
    assertThat(identity.createUserQuery().userId("bthead").count()).isZero();
  }

  @Test
  void applyingChangesTheDirectoryAndCamundaAtOnceAndTheSameFileAgainChangesNothing() {
    JsonNode answer = importAs("hahead", false, DirectoryFiles.csv(EDITED_UNITS, EDITED_STAFF)).getBody();

    assertThat(answer.get("dryRun").asBoolean()).isFalse();
    assertThat(answer.get("importId").asLong()).isPositive();
    assertThat(jdbc.queryForMap("SELECT imported_by, sha256 FROM directory_import WHERE id = ?",
        answer.get("importId").asLong())).containsEntry("IMPORTED_BY", "hahead")
        .containsEntry("SHA256", String.join(",", answer.get("files").findValuesAsText("sha256")));
    assertThat(jdbc.queryForMap("SELECT kind, parent_id, seat, active FROM org_unit WHERE id = 'ben-thanh'"))
        .containsEntry("SEAT", "ben-thanh").containsEntry("ACTIVE", true);
    // Someone who left keeps their row (names in history) but has no Camunda login any more.
    assertThat(jdbc.queryForMap("SELECT full_name, active FROM staff WHERE user_id = 'bnstaff'"))
        .containsEntry("FULL_NAME", "Bùi Quốc Huy").containsEntry("ACTIVE", false);
    assertThat(identity.createUserQuery().userId("bnstaff").count()).isZero();
    assertThat(as("bnstaff").getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // The newcomer logs in with the demo password (demo profile), in the groups of their role.
    assertThat(as("bthead").getForEntity("/api/me", Map.class).getBody().get("groups").toString())
        .contains("heads-ben-thanh", "members-ben-thanh", "unit-heads", "staff");
    assertThat(groupsOf("d1staff")).contains("members-ben-nghe").doesNotContain("members-district-1");
    assertThat(groupsOf("d1duty")).contains("deputies-district-1").doesNotContain("duty-district-1",
        "duty-officers");
    assertThat(identity.createGroupQuery().groupId("heads-ben-thanh").singleResult().getName())
        .isEqualTo("Lãnh đạo - Ủy ban nhân dân Phường Bến Thành");
    // As Camunda gives every user it creates: all rights on their own profile (the newcomer was written in a batch).
    assertThat(authorizations.createAuthorizationQuery().userIdIn("bthead").resourceType(Resources.USER)
        .resourceId("bthead").singleResult().isEveryPermissionGranted()).isTrue();

    JsonNode again = importAs("hahead", false, DirectoryFiles.csv(EDITED_UNITS, EDITED_STAFF)).getBody();
    for (String list : List.of("unitsAdded", "unitsChanged", "unitsClosed", "staffAdded", "staffChanged",
        "staffLeft")) {
      assertThat(again.get(list)).as(list).isEmpty();
    }
  }

  @Test
  void theSameFilesAgainWriteNothingButTheRecordOfTheImport() {
    importAs("hahead", false, DirectoryFiles.csv(EDITED_UNITS, EDITED_STAFF));

    WrittenTables.Result<JsonNode> again = WrittenTables.during(jdbc,
        () -> importAs("hahead", false, DirectoryFiles.csv(EDITED_UNITS, EDITED_STAFF)).getBody());

    for (String list : List.of("unitsAdded", "unitsChanged", "unitsClosed", "staffAdded", "staffChanged",
        "staffLeft")) {
      assertThat(again.value().get(list)).as(list).isEmpty();
    }
    assertThat(again.value().get("importId").asLong()).isPositive();
    // The directory's lock and who imported which file; no directory row, Camunda identity, grant, link or mail.
    assertThat(again.tables()).containsOnly("DIRECTORY_REVISION", "DIRECTORY_IMPORT");
  }

  @Test
  void aWorkbookWithBothSheetsIsReadLikeTheCsvFiles() {
    JsonNode answer = importAs("admin", true,
        DirectoryFiles.workbook(DirectoryFiles.xlsx(EDITED_UNITS, EDITED_STAFF))).getBody();

    assertThat(answer.get("unitsAdded").findValuesAsText("id")).containsExactly("ben-thanh");
    assertThat(answer.get("staffLeft").findValuesAsText("userId")).containsExactly("bnstaff");
    assertThat(answer.get("files").findValuesAsText("part")).containsExactly("workbook");
  }

  @Test
  void excelsCsvWithAByteOrderMarkAndSemicolonsIsAccepted() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] units = concat(bom, DEMO_UNITS.replace(',', ';').replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    byte[] staff = concat(bom, DEMO_STAFF.replace(',', ';').getBytes(StandardCharsets.UTF_8));

    JsonNode answer = importAs("admin", true, DirectoryFiles.csv(units, staff)).getBody();

    assertThat(answer.get("unitsChanged")).isEmpty();
    assertThat(answer.get("staffChanged")).isEmpty();
    assertThat(answer.get("staffAdded")).isEmpty();
  }

  @Test
  void theGoLiveSamplesOfTheReadmeAreValidAsCsvAndAsAWorkbook() throws Exception {
    java.nio.file.Path samples = java.nio.file.Path.of("docs", "go-live");
    JsonNode csv = importAs("admin", true, DirectoryFiles.csv(java.nio.file.Files.readAllBytes(samples.resolve(
        "units.csv")), java.nio.file.Files.readAllBytes(samples.resolve("staff.csv")))).getBody();
    JsonNode xlsx = importAs("admin", true, DirectoryFiles.workbook(java.nio.file.Files.readAllBytes(samples.resolve(
        "danh-ba.xlsx")))).getBody();

    assertThat(csv.get("staffAdded")).hasSize(17);
    assertThat(csv.get("staffLeft")).hasSize(12); // the demo's people are not in the sample city
    assertThat(xlsx.get("staffAdded")).isEqualTo(csv.get("staffAdded"));
    assertThat(xlsx.get("unitsChanged")).isEqualTo(csv.get("unitsChanged"));
  }

  @Test
  void onlyTheAdministratorAndHeadsOfHomeAffairsMayImport() {
    for (String user : List.of("d1head", "haofficer", "chairman", "owner")) {
      assertThat(importAs(user, true, DirectoryFiles.csv(DEMO_UNITS, DEMO_STAFF)).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.postForEntity("/api/directory/import", DirectoryFiles.csv(DEMO_UNITS, DEMO_STAFF), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }

  ResponseEntity<JsonNode> importAs(String user, boolean dryRun, HttpEntity<MultiValueMap<String, Object>> files) {
    return as(user).postForEntity("/api/directory/import?dryRun=" + dryRun, files, JsonNode.class);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
