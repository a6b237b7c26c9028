package vn.gov.congvu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.gov.congvu.incident.EscalationLevel;
import vn.gov.congvu.incident.IncidentCategory;
import vn.gov.congvu.incident.IncidentDecision;
import vn.gov.congvu.incident.IncidentSeverity;
import vn.gov.congvu.incident.IncidentSource;
import vn.gov.congvu.violation.ViolationHandling;

/**
 * The urgent-incident forms in a real Chromium, as the ward's duty officer and head use them: the duty officer files
 * a case choosing the unit and the severity from lists, passes it to the head, who reads the history by name and
 * closes the staff violation ticking two violators by name. Every screen is scanned for English words, the
 * process's codes and logins. Screenshots go to target/e2e (incident-*).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncidentFormsBrowserIT {

  /** Codes a person must never read: the contract's values and the demo logins. */
  private static final Set<String> CODES = Stream.of(Stream.of(EscalationLevel.values()),
      Stream.of(IncidentSeverity.values()), Stream.of(IncidentCategory.values()), Stream.of(IncidentSource.values()),
      Stream.of(IncidentDecision.values()), Stream.of(ViolationHandling.values())).flatMap(s -> s)
      .map(Enum::name).collect(Collectors.toSet());
  private static final Set<String> LOGINS = Set.of("bnduty", "bnhead", "bnstaff", "d1head", "d1duty", "d1staff");

  @TempDir
  static Path temp;

  private static BrowserOnApplication demo;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    demo = BrowserOnApplication.start(temp);
    browser = demo.browser();
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  @Order(1)
  void theDutyOfficerFilesACaseChoosingTheUnitAndTheSeverityFromLists() throws Exception {
    browser.login("tasklist", "bnduty", "demo");
    browser.awaitText("Việc của đơn vị");
    browser.click(By.xpath("//a[contains(., 'Khởi tạo quy trình')]"));
    browser.click(By.xpath("//a[contains(., 'Xử lý sự việc đột xuất theo cấp')]"));
    // The duty officer's own ward is chosen already, by its name.
    browser.await(By.xpath("//select[@id='incident-report-unitId']/option[contains(., 'Phường Bến Nghé')]"));
    awaitSelected("incident-report-unitId", "Ủy ban nhân dân Phường Bến Nghé");
    assertThat(new Select(browser.await(By.id("incident-report-severity"))).getOptions())
        .extracting(WebElement::getText).containsExactly("-- Chọn mức độ --", "Thấp", "Cao", "Nghiêm trọng");
    // A field left empty says so at the field, in Vietnamese, and the case cannot be filed yet.
    browser.click(By.id("incident-report-summary"));
    browser.click(By.id("incident-report-source"));
    browser.script("arguments[0].blur();", browser.await(By.id("incident-report-source")));
    browser.awaitText("Vui lòng nêu nội dung sự việc");
    assertThat(startButton().isEnabled()).isFalse();
    browser.shot("incident-01-start-form-empty-fields-at-the-field");
    readable();

    choose("incident-report-source", "Đơn thư của người dân");
    choose("incident-report-category", "Cán bộ vi phạm");
    choose("incident-report-severity", "Cao");
    browser.type(By.id("incident-report-summary"), "Cán bộ tiếp nhận hồ sơ một cửa gây khó dễ cho người dân");
    browser.shot("incident-02-start-form-filled");
    readable();
    startButton().click();
    browser.awaitText("Đã tiếp nhận sự việc");
    String reference = engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("incident-escalation").singleResult().getBusinessKey();
    browser.awaitText("Số hồ sơ: " + reference);
    browser.shot("incident-03-filed-with-its-reference");
    readable();
    assertThat(variable("unitId")).isEqualTo("ben-nghe");
    assertThat(variable("severity")).isEqualTo("HIGH");
    assertThat(variable("source")).isEqualTo("CITIZEN_LETTER");
    assertThat(variable("category")).isEqualTo("STAFF_VIOLATION");
    assertThat(browser.dialogs()).isZero();
  }

  @Test
  @Order(2)
  void theDutyOfficerReadsTheCaseAndPassesItToTheHead() throws Exception {
    openUnitTask("incident-04a-unit-list");
    browser.awaitText("Đơn thư của người dân");
    assertThat(browser.await(By.id("handle-incident-level")).getText()).isEqualTo("Cán bộ trực của đơn vị");
    assertThat(browser.await(By.id("handle-incident-severity")).getText()).isEqualTo("Cao");
    assertThat(historyRows()).hasSize(1);
    assertThat(historyRows().get(0)).contains("Cán bộ trực của đơn vị", "Đặng Thị Ngọc",
        "Tiếp nhận từ Đơn thư của người dân");
    assertThat(historyRows().get(0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} .*");
    assertThat(completeButton().isEnabled()).isFalse();
    browser.shot("incident-04-duty-officer-reads-the-case");
    readable();

    browser.click(By.id("handle-incident-escalate"));
    browser.type(By.id("handle-incident-actionTaken"), "Vượt thẩm quyền của cán bộ trực, báo lãnh đạo phường");
    browser.shot("incident-05-passed-to-the-head");
    readable();
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    for (int i = 0; i < 50 && !"UNIT_HEAD".equals(variable("level")); i++) {
      browser.pause(200);
    }
    assertThat(variable("level")).isEqualTo("UNIT_HEAD");
  }

  @Test
  @Order(3)
  void theHeadClosesTheStaffViolationTickingTwoViolatorsByName() throws Exception {
    browser.logout();
    browser.login("tasklist", "bnhead", "demo");
    openUnitTask("incident-06a-head-unit-list");
    browser.awaitText("Vượt thẩm quyền của cán bộ trực");
    assertThat(historyRows()).hasSize(2);
    assertThat(historyRows().get(1)).contains("Cán bộ trực của đơn vị", "Đặng Thị Ngọc",
        "Chuyển cấp trên: Vượt thẩm quyền của cán bộ trực");
    assertThat(browser.await(By.id("handle-incident-level")).getText()).isEqualTo("Lãnh đạo đơn vị");
    browser.shot("incident-06-head-reads-the-history-by-name");
    readable();

    browser.click(By.id("handle-incident-resolved"));
    browser.type(By.id("handle-incident-actionTaken"), "Kiểm điểm, khiển trách trước cơ quan");
    browser.click(By.id("handle-incident-found-yes"));
    browser.await(By.xpath("//label[contains(., 'Bùi Quốc Huy')]"));
    // Nobody ticked yet: the form says so and cannot be completed.
    browser.awaitText("Chọn ít nhất một cán bộ vi phạm");
    assertThat(completeButton().isEnabled()).isFalse();
    browser.click(By.xpath("//label[contains(., 'Bùi Quốc Huy')]/input"));
    browser.click(By.xpath("//label[contains(., 'Đặng Thị Ngọc')]/input"));
    choose("handle-incident-handling", "Khiển trách");
    browser.awaitNoText("Chọn ít nhất một cán bộ vi phạm");
    browser.shot("incident-07-two-violators-ticked-by-name");
    readable();
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    for (int i = 0; i < 50 && running() > 0; i++) {
      browser.pause(200);
    }
    assertThat(running()).isZero();

    HttpResponse<String> register = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(demo.base()
        + "/api/violations?unitId=ben-nghe")).header("Authorization", basic("d1head")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(register.body()).contains("\"userId\":\"bnstaff\"", "\"userId\":\"bnduty\"",
        "\"handling\":\"KHIEN_TRACH\"", "Kiểm điểm, khiển trách trước cơ quan");
    browser.shot("incident-08-closed");
    readable();
    assertThat(browser.dialogs()).isZero();
  }

  @Test
  @Order(4)
  void homeAffairsReadsAnUrgentInfectionReportInWords() throws Exception {
    HttpResponse<String> filed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(demo.base()
        + "/api/incidents")).header("Authorization", basic("bnduty")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"unitId\":\"ben-nghe\",\"source\":\"INTERNAL\","
            + "\"category\":\"INFECTION\",\"severity\":\"CRITICAL\",\"summary\":\"Một cán bộ dương tính\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(filed.statusCode()).isEqualTo(201);
    browser.logout();
    browser.login("tasklist", "haofficer", "demo");
    browser.click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Tiếp nhận báo cáo khẩn')]"));
    browser.click(By.xpath("//button[contains(., 'Nhận việc')]"));
    browser.awaitText("Một cán bộ dương tính");
    assertThat(browser.await(By.id("acknowledge-urgent-report-category")).getText()).isEqualTo("Ca nhiễm COVID-19");
    assertThat(browser.await(By.id("acknowledge-urgent-report-severity")).getText()).isEqualTo("Nghiêm trọng");
    assertThat(browser.await(By.id("acknowledge-urgent-report-level")).getText()).isEqualTo("Cán bộ trực của đơn vị");
    browser.shot("incident-09-home-affairs-urgent-report");
    readable();
    assertThat(browser.dialogs()).isZero();
  }

  /** Opens the case from the unit's list, whose card names the case in words; the list is scanned too. */
  private static void openUnitTask(String cardShot) throws Exception {
    browser.click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    browser.await(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Xử lý sự việc')]"));
    browser.awaitText("Cán bộ vi phạm, mức độ cao – Ủy ban nhân dân Phường Bến Nghé");
    browser.shot(cardShot);
    readable();
    browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Xử lý sự việc')]"));
    browser.click(By.xpath("//button[contains(., 'Nhận việc')]"));
    browser.await(By.id("handle-incident-history"));
  }

  /** The rows of the history table as read on the screen, cells separated by spaces. */
  private static List<String> historyRows() {
    return browser.all(By.cssSelector("#handle-incident-history tbody tr")).stream().map(WebElement::getText)
        .toList();
  }

  private static void choose(String id, String label) {
    new Select(browser.await(By.id(id))).selectByVisibleText(label);
  }

  private static void awaitSelected(String id, String label) {
    for (int i = 0; i < 50 && !label.equals(selected(id)); i++) {
      browser.pause(200);
    }
    assertThat(selected(id)).isEqualTo(label);
  }

  private static String selected(String id) {
    return new Select(browser.await(By.id(id))).getFirstSelectedOption().getText();
  }

  /**
   * The screen speaks Vietnamese to a ward office: no English word of the webapps (the shared scanner), no code of
   * the process and no login.
   */
  private static void readable() {
    String text = browser.bodyText();
    assertThat(EnglishWords.in(text)).as("English words on the screen").isEmpty();
    assertThat(Arrays.stream(text.split("[^\\p{L}\\p{N}_]+")).filter(word -> CODES.contains(word)
        || LOGINS.contains(word)).toList()).as("codes and logins on the screen").isEmpty();
  }

  private static WebElement startButton() {
    return browser.await(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
  }

  private static WebElement completeButton() {
    return browser.await(By.xpath("//button[contains(., 'Hoàn thành')]"));
  }

  private static Object variable(String name) {
    return engine().getRuntimeService().createVariableInstanceQuery().variableName(name).list().stream()
        .findFirst().map(v -> v.getValue()).orElse(null);
  }

  private static long running() {
    return engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("incident-escalation")
        .count();
  }

  private static ProcessEngine engine() {
    return demo.app().getBean(ProcessEngine.class);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
