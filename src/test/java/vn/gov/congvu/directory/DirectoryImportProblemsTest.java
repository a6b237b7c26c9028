package vn.gov.congvu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.congvu.directory.DirectoryFiles.DEMO_STAFF;
import static vn.gov.congvu.directory.DirectoryFiles.DEMO_UNITS;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.congvu.support.ApplicationTest;

/** A bad file gets every problem with its sheet and line, in Vietnamese, and nothing is applied. */
class DirectoryImportProblemsTest extends ApplicationTest {

  private static final String BAD_UNITS = """
      id,name,kind,parent,seat
      city-committee,Ủy ban nhân dân Thành phố,CITY,,ben-nghe
      home-affairs,Sở Nội vụ,DEPARTMENT,city-committee,ben-nghe
      health-dept,Sở Y tế,DEPARTMENT,city-committee,ben-nghe
      district-1,Ủy ban nhân dân Quận 1,DISTRICT,city-committee,ben-nghe
      ben-nghe,Ủy ban nhân dân Phường Bến Nghé,WARD,district-1,ben-nghe
      ghost-ward,Phường Ma,WARD,district-9,
      loop-a,Vòng A,DISTRICT,loop-b,ben-nghe
      loop-b,Vòng B,DISTRICT,loop-a,ben-nghe
      odd,Đơn vị lạ,AGENCY,city-committee,ben-nghe
      ward-x,Phường X,WARD,district-1,district-1
      dept-x,Sở X,DEPARTMENT,city-committee,district-1
      headless,Phường Không Người Đứng Đầu,WARD,district-1,
      """;
  private static final String BAD_STAFF = """
      userId,fullName,email,unitId,role
      chairman,Nguyễn Văn Thành,chairman@congvu.example.vn,city-committee,HEAD
      hahead,Võ Thị Thu Trang,hahead@congvu.example.vn,home-affairs,HEAD
      healthhead,Trần Minh Khoa,healthhead@congvu.example.vn,health-dept,HEAD
      d1head,Trần Thị Diệu Hương,d1head@congvu.example.vn,district-1,HEAD
      d1head2,Lê Văn Hai,d1head2@congvu.example.vn,district-1,HEAD
      bnhead,Hoàng Văn Bình,bnhead@congvu.example.vn,ben-nghe,HEAD
      bnhead,Hoàng Văn Bình,bnhead@congvu.example.vn,ben-nghe,STAFF
      wanderer,Người Lang Thang,wanderer@congvu.example.vn,atlantis,STAFF
      boss,Ông Chủ,boss@congvu.example.vn,ben-nghe,BOSS
      ghosthead,Trưởng Phường Ma,ghosthead@congvu.example.vn,ghost-ward,HEAD
      loophead,Trưởng Vòng A,loophead@congvu.example.vn,loop-a,HEAD
      loophead2,Trưởng Vòng B,loophead2@congvu.example.vn,loop-b,HEAD
      oddhead,Trưởng Lạ,oddhead@congvu.example.vn,odd,HEAD
      wxhead,Trưởng X,wxhead@congvu.example.vn,ward-x,HEAD
      dxhead,Giám đốc X,dxhead@congvu.example.vn,dept-x,HEAD
      """;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void everyProblemOfTheIssueIsListedWithItsSheetAndLineAndNothingIsApplied() {
    int imports = jdbc.queryForObject("SELECT COUNT(*) FROM directory_import", Integer.class);

    ResponseEntity<JsonNode> answer = importAs(false, DirectoryFiles.csv(BAD_UNITS, BAD_STAFF));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("error").asText()).isEqualTo("INVALID_DIRECTORY");
    assertThat(problems(answer)).containsExactlyInAnyOrder(
        tuple("units", 7, "Đơn vị cấp trên 'district-9' không có trong trang units."),
        tuple("units", 8, "Vòng lặp đơn vị cấp trên: loop-a → loop-b → loop-a."),
        tuple("units", 9, "Vòng lặp đơn vị cấp trên: loop-a → loop-b → loop-a."),
        tuple("units", 10, "Loại đơn vị 'AGENCY' không hợp lệ: dùng CITY, DEPARTMENT, DISTRICT hoặc WARD."),
        tuple("units", 11, "Trụ sở 'district-1' của phường không phải là phường (loại DISTRICT); trụ sở của một "
            + "phường là chính phường đó."),
        tuple("units", 12, "Trụ sở 'district-1' không phải là phường (loại DISTRICT); cột seat ghi mã phường nơi đơn "
            + "vị đặt trụ sở."),
        tuple("units", 13, "Đơn vị 'headless' chưa có thủ trưởng: cần một dòng vai trò HEAD trong trang staff."),
        tuple("staff", 6, "Đơn vị 'district-1' đã có thủ trưởng (HEAD) ở dòng 5; mỗi đơn vị có một thủ trưởng, người "
            + "khác là cấp phó (DEPUTY)."),
        tuple("staff", 8, "Tên đăng nhập 'bnhead' trùng với dòng 7."),
        tuple("staff", 9, "Đơn vị 'atlantis' không có trong trang units."),
        tuple("staff", 10, "Vai trò 'BOSS' không hợp lệ: dùng HEAD (thủ trưởng), DEPUTY (cấp phó), DUTY (trực ban) "
            + "hoặc STAFF (cán bộ)."));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE id IN ('ghost-ward', 'headless')",
        Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_import", Integer.class)).isEqualTo(imports);
  }

  @Test
  void theSameProblemsInAWorkbookKeepTheirRows() {
    ResponseEntity<JsonNode> answer = importAs(true, DirectoryFiles.workbook(DirectoryFiles.xlsx(BAD_UNITS,
        BAD_STAFF)));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(answer)).extracting(t -> t.toList().subList(0, 2)).contains(List.of("units", 7),
        List.of("units", 13), List.of("staff", 6), List.of("staff", 10));
  }

  @Test
  void aMissingColumnAMissingPartAndReservedIdsAreNamed() {
    assertThat(problems(importAs(true, DirectoryFiles.csv(DEMO_UNITS.replace(",seat\n", "\n"), DEMO_STAFF))))
        .extracting(t -> t.toList().subList(0, 2)).contains(List.of("units", 1));
    assertThat(problems(importAs(true, DirectoryFiles.csv(DEMO_UNITS.getBytes(StandardCharsets.UTF_8), null))))
        .extracting(t -> t.toList().get(0)).containsExactly("staff");
    String withAdmin = DEMO_STAFF + "admin,Quản Trị,admin2@congvu.example.vn,ben-nghe,STAFF\n";
    assertThat(problems(importAs(true, DirectoryFiles.csv(DEMO_UNITS, withAdmin)))).containsExactly(
        tuple("staff", 14, "Tên đăng nhập 'admin' đã dành cho quản trị viên hoặc chủ quản quy trình."));
  }

  @Test
  void withoutHomeAffairsOrACityTheProcessesCannotRun() {
    String units = DEMO_UNITS.replace("home-affairs,", "home-office,").replace("CITY,,", "DEPARTMENT,district-1,");
    String staff = DEMO_STAFF.replace(",home-affairs,", ",home-office,");

    assertThat(problems(importAs(true, DirectoryFiles.csv(units, staff)))).extracting(t -> t.toList().get(2))
        .anyMatch(m -> m.toString().startsWith("Thiếu đơn vị 'home-affairs' (Sở Nội vụ"))
        .anyMatch(m -> m.toString().startsWith("Tệp không có Ủy ban nhân dân Thành phố"));
  }

  @Test
  void aCsvSavedInTheWindowsCodePageIsRefusedAtItsFirstLineThatIsNotUtf8() {
    byte[] staff = DEMO_STAFF.getBytes(Charset.forName("windows-1258"));

    assertThat(problems(importAs(true, DirectoryFiles.csv(DEMO_UNITS.getBytes(StandardCharsets.UTF_8), staff))))
        .extracting(t -> t.toList().subList(0, 2)).containsExactly(List.of("staff", 2));
  }

  @Test
  void aFileOverTenMegabytesIsRefusedNamingItsSheet() {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) 'x');

    ResponseEntity<JsonNode> answer = importAs(true, DirectoryFiles.csv(DEMO_UNITS.getBytes(StandardCharsets.UTF_8),
        big));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(answer)).extracting(t -> t.toList().get(0)).containsExactly("staff");
    assertThat(answer.getBody().get("problems").get(0).get("message").asText()).contains("lớn hơn 10 MB");
  }

  @Test
  void anUploadPastTheContainersLimitGetsJsonNotAServerError() {
    byte[] huge = new byte[26 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'x');

    ResponseEntity<JsonNode> answer = importAs(true, DirectoryFiles.csv(huge, DEMO_STAFF.getBytes(
        StandardCharsets.UTF_8)));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(answer.getBody().get("error").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void aFileOverOneHundredThousandRowsIsRefusedAtTheFirstRowTooMany() {
    StringBuilder staff = new StringBuilder("userId,fullName,email,unitId,role\n");
    for (int i = 1; i <= 100_001; i++) {
      staff.append('u').append(i).append(",Cán bộ,u@congvu.example.vn,ben-nghe,STAFF\n");
    }

    assertThat(problems(importAs(true, DirectoryFiles.csv(DEMO_UNITS, staff.toString()))))
        .extracting(t -> t.toList().subList(0, 2)).contains(List.of("staff", 100_002));
  }

  @Test
  void aWorkbookThatIsNotOneIsRefused() {
    assertThat(problems(importAs(true, DirectoryFiles.workbook("không phải Excel".getBytes(StandardCharsets.UTF_8)))))
        .extracting(t -> t.toList().get(0)).containsExactly("workbook");
  }

  private static List<org.assertj.core.groups.Tuple> problems(ResponseEntity<JsonNode> answer) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<org.assertj.core.groups.Tuple> problems = new java.util.ArrayList<>();
    answer.getBody().get("problems").forEach(p -> problems.add(tuple(p.get("sheet").asText(null),
        p.get("line").isNull() ? null : p.get("line").asInt(), p.get("message").asText())));
    return problems;
  }

  private ResponseEntity<JsonNode> importAs(boolean dryRun, HttpEntity<MultiValueMap<String, Object>> files) {
    return as("admin").postForEntity("/api/directory/import?dryRun=" + dryRun, files, JsonNode.class);
  }
}
