package vn.gov.congvu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.support.StandaloneApplication;

/**
 * Tasklist and Cockpit in a real Chromium against the application on a random port with a fresh H2 file: a staff
 * member files a request from the start form, the head decides, other units see nothing, the process owner watches,
 * injected markup stays text, and Home Affairs downloads the monthly CSV. Screenshots go to target/e2e.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserScenariosIT {

  static final String PAYLOAD = "<img src=x onerror=alert(1)> \"><svg onload=alert(1)> "
      + "{{constructor.constructor('alert(1)')()}}";
  private static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @TempDir
  static Path temp;

  private static ConfigurableApplicationContext app;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    Browser.requireInstalled();
    app = StandaloneApplication.start(temp.resolve("data"), "default");
    base = "http://localhost:" + ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    browser = Browser.in(temp, base);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  @Order(1)
  void staffFileATravelRequestFromTheVietnameseStartForm() throws Exception {
    browser.login("tasklist", "d1staff", "demo");
    browser.awaitText("Việc của đơn vị");
    assertThat(browser.bodyText()).contains("Việc của tôi", "Khởi tạo quy trình", "Phạm Thị Lan");
    // Staff create no tasks of their own: the engine would refuse them, so the button is not there.
    browser.awaitNoText("Tạo công việc");
    browser.shot("01-d1staff-tasklist-vi");
    noEnglish();

    browser.click(By.xpath("//a[contains(., 'Khởi tạo quy trình')]"));
    browser.click(By.xpath("//a[contains(., 'Ra khỏi thành phố ngoài giờ làm việc')]"));
    browser.type(By.cssSelector("#travel-request-destination"), "Đà Lạt, Lâm Đồng");
    // Typed the Vietnamese way: the 5th and the 13th of a coming month, never read as May or as month 13.
    LocalDate departure = nextFifth();
    LocalDate returning = departure.withDayOfMonth(13);
    typeText("travel-request-departureDate", PEOPLE.format(departure));
    typeText("travel-request-returnDate", PEOPLE.format(departure.minusDays(1)));
    browser.awaitText("Ngày về phải sau hoặc bằng ngày đi");
    typeText("travel-request-returnDate", "31/02/2026");
    browser.awaitText("Ngày về ghi theo dạng ngày/tháng/năm");
    assertThat(startButton().isEnabled()).isFalse();
    browser.shot("02-start-form-dates-refused-at-the-field");
    noEnglish();

    // Leaving today at midnight has passed: the server refuses it, and the form says so at the time field.
    typeText("travel-request-departureDate", PEOPLE.format(today()));
    typeText("travel-request-returnDate", PEOPLE.format(returning));
    typeText("travel-request-departureTime", "00:00");
    browser.type(By.cssSelector("#travel-request-reason"), PAYLOAD);
    browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
    browser.awaitText("Giờ đi hôm nay đã qua");
    browser.await(By.xpath("//input[@id='travel-request-departureTime']/following-sibling::p"
        + "[contains(., 'Giờ đi hôm nay đã qua')]"));
    browser.shot("03-start-form-server-refusal-at-the-field");
    assertThat(travelInstances()).isZero();

    typeText("travel-request-departureDate", PEOPLE.format(departure));
    typeText("travel-request-departureTime", "7:30");
    browser.shot("04a-start-form-filled");
    noEnglish();
    browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
    browser.awaitText("Đã khởi tạo quy trình");
    assertThat(travelInstances()).isEqualTo(1);
    String reference = engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("travel-approval")
        .singleResult().getBusinessKey();
    browser.awaitText("Số hồ sơ: " + reference);
    browser.shot("04-start-form-submitted-with-its-reference");
    assertThat(variable("departureTime")).isEqualTo("07:30");
    assertThat(variable("departureDate")).isEqualTo(departure.toString()).endsWith("-05");
    assertThat(variable("returnDate")).isEqualTo(returning.toString()).endsWith("-13");
    assertThat(browser.dialogs()).isZero();
  }

  /** The trip's own value, not an open task's copy of it (a filter column, tasklist.ColumnCopies). */
  private static String variable(String name) {
    return (String) engine().getRuntimeService().createVariableInstanceQuery().variableName(name).list().stream()
        .filter(v -> v.getTaskId() == null).findFirst().orElseThrow().getValue();
  }

  /** The first 5th of a month after today, in Vietnam. */
  private static LocalDate nextFifth() {
    LocalDate day = today().plusDays(1);
    while (day.getDayOfMonth() != 5) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  private static org.openqa.selenium.WebElement startButton() {
    return browser.await(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
  }

  /** Types into a text field of an embedded form and leaves it, as a person moving on to the next field. */
  private static void typeText(String id, String text) {
    By input = By.id(id);
    browser.type(input, text);
    browser.script("arguments[0].blur();", browser.await(input));
    browser.pause(200);
  }

  /** The screen speaks Vietnamese: no English word of the webapps' vocabulary in its visible text. */
  private static void noEnglish() {
    assertThat(EnglishWords.in(browser.bodyText())).as("English words on the screen").isEmpty();
  }

  @Test
  @Order(2)
  void anotherUnitsHeadDoesNotSeeTheRequest() throws Exception {
    browser.logout();
    browser.login("tasklist", "bnhead", "demo");
    browser.click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    browser.pause(1500);
    assertThat(browser.bodyText()).doesNotContain("Phê duyệt:");
    browser.shot("05-bnhead-sees-nothing");
  }

  @Test
  @Order(3)
  void headReadsTheCaseAndDecidesWithTheChoice() throws Exception {
    browser.logout();
    browser.login("tasklist", "d1head", "demo");
    browser.click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Phê duyệt: Phạm Thị Lan')]"));
    browser.click(By.xpath("//button[contains(., 'Nhận việc')]"));
    browser.await(By.id("approve-travel-reason"));
    browser.awaitText("Phạm Thị Lan");
    LocalDate departure = LocalDate.parse(variable("departureDate"));
    assertThat(browser.await(By.id("approve-travel-reason")).getText()).isEqualTo(PAYLOAD);
    assertThat(browser.await(By.id("approve-travel-requesterName")).getText()).isEqualTo("Phạm Thị Lan");
    assertThat(browser.await(By.id("approve-travel-departureDate")).getText())
        .isEqualTo(PEOPLE.format(departure) + ", khởi hành lúc 07:30");
    assertThat(browser.await(By.id("approve-travel-returnDate")).getText())
        .isEqualTo(PEOPLE.format(departure.withDayOfMonth(13)));
    // Nothing is decided until the head chooses: no box that means "refuse" when forgotten.
    assertThat(completeButton().isEnabled()).isFalse();
    browser.shot("06-d1head-approval-form");
    noEnglish();

    browser.click(By.id("approve-travel-no"));
    browser.await(By.id("approve-travel-decisionComment"));
    assertThat(completeButton().isEnabled()).isFalse();
    browser.shot("07-refusal-needs-a-reason");
    assertThat(pendingApprovals()).isEqualTo(1);

    browser.click(By.id("approve-travel-yes"));
    assertThat(browser.all(By.id("approve-travel-decisionComment"))).isEmpty();
    browser.shot("08-approval-chosen");
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    for (int i = 0; i < 50 && pendingApprovals() > 0; i++) {
      browser.pause(200);
    }
    assertThat(pendingApprovals()).isZero();
    assertThat(engine().getHistoryService().createHistoricVariableInstanceQuery().variableName("approved")
        .singleResult().getValue()).isEqualTo(true);
    assertThat(engine().getHistoryService().createHistoricVariableInstanceQuery().variableName("decisionComment")
        .count()).isZero();
    assertThat(engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("travel-approval")
        .activityIdIn("timer-departure-day").count()).isEqualTo(1);
    browser.shot("09-approved");
    assertThat(browser.dialogs()).isZero();

    // The requester follows the request on "Đề nghị của tôi", reached from Tasklist's header.
    browser.logout();
    browser.login("tasklist", "d1staff", "demo");
    browser.click(By.xpath("//*[@id='congvu-my-requests']/a"));
    browser.awaitText("Đề nghị ra khỏi thành phố của tôi");
    browser.awaitText("Đã được đồng ý");
    assertThat(browser.bodyText()).contains("DN-")
        .contains(PEOPLE.format(departure)).contains("Đà Lạt, Lâm Đồng");
    browser.shot("09a-d1staff-follows-own-requests");
    noEnglish();
    // Every notification is in "Hộp thư" too, whether or not a mail server took it (none listens here).
    browser.open("/hop-thu/index.html");
    browser.awaitText("Đề nghị ra khỏi thành phố được đồng ý");
    assertThat(browser.await(By.cssSelector("td.when")).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    browser.shot("09b-d1staff-inbox");
    noEnglish();
    browser.open("/camunda/app/tasklist/default/");
  }

  private static org.openqa.selenium.WebElement completeButton() {
    return browser.await(By.xpath("//button[contains(., 'Hoàn thành')]"));
  }

  @Test
  @Order(4)
  void processOwnerWatchesInCockpitAndWorksNoTask() throws Exception {
    ProcessInstance trip = engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("travel-approval").singleResult();
    browser.logout();
    browser.login("cockpit", "owner", "demo");
    browser.awaitText("Hồ sơ quy trình đang chạy");
    browser.open("/camunda/app/cockpit/default/#/process-instance/" + trip.getId() + "/runtime");
    browser.await(By.cssSelector(".djs-container svg"));
    browser.await(By.cssSelector(".badge.instance-count"));
    browser.awaitText(PAYLOAD.substring(0, 20));
    browser.shot("10-owner-cockpit-instance-token-variables");
    assertThat(browser.dialogs()).isZero();

    browser.logout();
    browser.login("tasklist", "owner", "demo");
    browser.awaitText("không có quyền dùng ứng dụng");
    browser.shot("11-owner-has-no-tasklist");
  }

  @Test
  @Order(5)
  void incidentSummaryShowsAsTextInTheHandlingForm() throws Exception {
    HttpResponse<String> created = post("bnduty", "/api/incidents", "{\"unitId\":\"ben-nghe\",\"source\":\"PRESS\","
        + "\"category\":\"OTHER\",\"severity\":\"LOW\",\"summary\":" + json(PAYLOAD) + "}");
    assertThat(created.statusCode()).isEqualTo(201);
    browser.logout();
    browser.login("tasklist", "bnduty", "demo");
    browser.click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Xử lý sự việc')]"));
    browser.click(By.xpath("//button[contains(., 'Nhận việc')]"));
    browser.awaitText(PAYLOAD.substring(0, 20));
    assertThat(browser.await(By.id("handle-incident-summary")).getText()).isEqualTo(PAYLOAD);
    browser.shot("12-incident-summary-as-text");
    assertThat(browser.dialogs()).isZero();
  }

  @Test
  @Order(6)
  void webappResponsesCarryAContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(base + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  @Order(7)
  void homeAffairsDownloadsTheMonthlyCsv() throws Exception {
    // A period is opened from the installation's month on: this city has used the application since September.
    app.getBean(JdbcTemplate.class).update("UPDATE app_installation SET started_at = TIMESTAMP '2026-09-01 08:00:00'");
    assertThat(post("hahead", "/api/monthly-reports", "{\"period\":\"2026-10\"}").statusCode()).isEqualTo(201);
    browser.logout();
    browser.setHeaders(Map.of("Authorization", basic("hahead")));
    browser.open("/api/monthly-reports/2026-10?format=csv");
    Path csv = temp.resolve("downloads").resolve("bao-cao-thang-2026-10.csv");
    for (int i = 0; i < 50 && !Files.exists(csv); i++) {
      browser.pause(200);
    }
    byte[] bytes = Files.readAllBytes(csv);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFKỳ báo cáo,Mã đơn vị,Tên đơn vị,Trạng thái")
        .contains("2026-10,ben-nghe,Ủy ban nhân dân Phường Bến Nghé,Chưa báo cáo");
    browser.setHeaders(Map.of());
  }

  @Test
  @Order(8)
  void aStaffViolationIsClosedWithTheViolatorAndTheFormOfHandling() throws Exception {
    finishOpenIncidents("bnduty");
    assertThat(post("bnduty", "/api/incidents", "{\"unitId\":\"ben-nghe\",\"source\":\"PORTAL_1022\","
        + "\"category\":\"STAFF_VIOLATION\",\"severity\":\"LOW\",\"summary\":\"Cán bộ một cửa gây khó dễ\"}")
        .statusCode()).isEqualTo(201);
    browser.logout();
    browser.login("tasklist", "bnduty", "demo");
    openUnitTask("Xử lý sự việc", "handle-incident-history");
    browser.click(By.id("handle-incident-resolved"));
    browser.type(By.id("handle-incident-actionTaken"), "Kiểm điểm, khiển trách trước cơ quan");
    browser.click(By.id("handle-incident-found-yes"));
    browser.click(By.xpath("//label[contains(., 'Bùi Quốc Huy')]/input"));
    browser.click(By.xpath("//label[contains(., 'Đặng Thị Ngọc')]/input"));
    new org.openqa.selenium.support.ui.Select(browser.await(By.id("handle-incident-handling")))
        .selectByVisibleText("Khiển trách");
    browser.shot("13-staff-violation-found-with-handling");
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    awaitNoTask("handle-incident");

    HttpResponse<String> register = get("d1head", "/api/violations?unitId=ben-nghe");
    assertThat(register.body()).contains("\"userId\":\"bnstaff\"", "\"userId\":\"bnduty\"",
        "\"handling\":\"KHIEN_TRACH\"", "Kiểm điểm, khiển trách trước cơ quan");
    assertThat(browser.dialogs()).isZero();
  }

  @Test
  @Order(9)
  void homeAffairsAdvisesAndTheChairmanSeesTheAdvice() throws Exception {
    assertThat(post("d1duty", "/api/incidents", "{\"unitId\":\"district-1\",\"source\":\"PRESS\","
        + "\"category\":\"OTHER\",\"severity\":\"HIGH\",\"summary\":\"Báo chí phản ánh chậm trả hồ sơ\"}")
        .statusCode()).isEqualTo(201);
    escalateByRest("d1duty");
    escalateByRest("d1head");
    browser.logout();
    browser.login("tasklist", "haofficer", "demo");
    openUnitTask("Xử lý sự việc", "handle-incident-history");
    browser.click(By.id("handle-incident-escalate"));
    browser.type(By.id("handle-incident-actionTaken"), "Đã tổng hợp ý kiến các đơn vị");
    browser.type(By.id("handle-incident-advice"), "Đề nghị Chủ tịch chỉ đạo kiểm điểm lãnh đạo quận");
    browser.shot("14-home-affairs-advice");
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    for (int i = 0; i < 50 && !taskAtLevel("CITY"); i++) {
      browser.pause(200);
    }
    assertThat(taskAtLevel("CITY")).isTrue();

    browser.logout();
    browser.login("tasklist", "chairman", "demo");
    openUnitTask("Xử lý sự việc", "handle-incident-advice-shown");
    browser.script("arguments[0].scrollIntoView({block: 'center'});",
        browser.await(By.id("handle-incident-advice-shown")));
    assertThat(browser.await(By.id("handle-incident-advice-shown")).getText())
        .isEqualTo("Đề nghị Chủ tịch chỉ đạo kiểm điểm lãnh đạo quận");
    browser.shot("15-city-sees-home-affairs-advice");
    assertThat(browser.dialogs()).isZero();
  }

  @Test
  @Order(10)
  void theRequesterReportsAnEarlyReturnAndWhenTheyDeclared() throws Exception {
    String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    HttpResponse<String> filed = post("d1staff", "/api/travel-requests", "{\"requesterId\":\"d1staff\","
        + "\"destination\":\"Vũng Tàu\",\"departureDate\":\"" + today + "\",\"returnDate\":\"" + today
        + "\",\"reason\":\"Việc gia đình\"}");
    assertThat(filed.statusCode()).isEqualTo(201);
    String trip = filed.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
    String approval = engine().getTaskService().createTaskQuery().processInstanceId(trip).singleResult().getId();
    assertThat(post("d1head", "/engine-rest/task/" + approval + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true}}}").statusCode()).isEqualTo(204);
    engine().getManagementService().executeJob(engine().getManagementService().createJobQuery()
        .processInstanceId(trip).activityId("timer-departure-day").singleResult().getId());

    browser.logout();
    browser.login("tasklist", "d1staff", "demo");
    browser.click(By.xpath("//a[contains(., 'Việc của tôi')]"));
    browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Báo cáo đã trở về')]"));
    browser.await(By.id("report-return-day"));
    typeVietnamNow("report-return");
    browser.shot("16-early-return-reported");
    noEnglish();
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    browser.awaitText("Xác nhận khai báo y tế trong 24 giờ");
    browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Xác nhận khai báo y tế trong 24 giờ')]"));
    browser.awaitText("Về đến thành phố lúc ");
    assertThat(browser.await(By.id("confirm-health-declaration-declarationWindow")).getText())
        .startsWith("Về đến thành phố lúc ").contains(", hạn khai báo y tế ");
    browser.type(By.id("confirm-health-declaration-declarationRef"), "TKYT-2026-001");
    typeVietnamNow("confirm-health-declaration");
    browser.shot("17-declaration-with-its-time");
    noEnglish();
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    for (int i = 0; i < 50 && engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(trip)
        .count() > 0; i++) {
      browser.pause(200);
    }
    assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(trip).count()).isZero();
    assertThat(engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(trip)
        .variableName("declaredLate").singleResult().getValue()).isEqualTo(false);
    assertThat(browser.dialogs()).isZero();
  }

  /** Opens a task of the unit's filter, claims it and waits for its form. */
  private static void openUnitTask(String name, String fieldSuffix) {
    browser.click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., '" + name + "')]"));
    browser.click(By.xpath("//button[contains(., 'Nhận việc')]"));
    browser.await(By.cssSelector("[id$='" + fieldSuffix + "']"));
  }

  /** The day and time fields of an embedded form filled with now in Vietnam, dd/MM/yyyy and HH:mm. */
  private static void typeVietnamNow(String form) {
    java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    typeText(form + "-day", PEOPLE.format(now));
    typeText(form + "-time", DateTimeFormatter.ofPattern("HH:mm").format(now));
  }

  private static void finishOpenIncidents(String user) throws Exception {
    for (var task : engine().getTaskService().createTaskQuery().taskDefinitionKey("handle-incident").list()) {
      assertThat(post(user, "/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":{\"decision\":"
          + "{\"value\":\"RESOLVED\"},\"actionTaken\":{\"value\":\"Đã xử lý\"}}}").statusCode())
          .isEqualTo(204);
    }
  }

  private static void escalateByRest(String user) throws Exception {
    String task = engine().getTaskService().createTaskQuery().taskDefinitionKey("handle-incident").singleResult()
        .getId();
    assertThat(post(user, "/engine-rest/task/" + task + "/complete", "{\"variables\":{\"decision\":"
        + "{\"value\":\"ESCALATE\"},\"actionTaken\":{\"value\":\"Vượt thẩm quyền\"}}}").statusCode())
        .isEqualTo(204);
  }

  private static boolean taskAtLevel(String level) {
    return engine().getTaskService().createTaskQuery().taskDefinitionKey("handle-incident")
        .processVariableValueEquals("level", level).count() == 1;
  }

  private static void awaitNoTask(String taskKey) {
    for (int i = 0; i < 50 && engine().getTaskService().createTaskQuery().taskDefinitionKey(taskKey).count() > 0;
        i++) {
      browser.pause(200);
    }
    assertThat(engine().getTaskService().createTaskQuery().taskDefinitionKey(taskKey).count()).isZero();
  }

  private static HttpResponse<String> get(String user, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(11)
  void aWardHeadReportsTheMonthInTasklistAndTheDistrictHeadConsolidates() throws Exception {
    claimUnitTask("bnhead", "Báo cáo tháng 10/2026", "submit-unit-report-staffInfected");
    assertThat(browser.script("return document.querySelector(\"[id$='submit-unit-report-knownFigures']\").value"))
        .asString().contains("Vi phạm đã ghi nhận");
    browser.type(By.cssSelector("[id$='submit-unit-report-staffInfected']"), "2");
    browser.type(By.cssSelector("[id$='submit-unit-report-staffInfectedByNonCompliance']"), "1");
    browser.type(By.cssSelector("[id$='submit-unit-report-violationsHandled']"), "1");
    typeAfterNumbers("submit-unit-report-rewardsProposed", "Khen tổ phản ứng nhanh");
    browser.click(By.cssSelector("[id$='submit-unit-report-workingRulesReviewed']"));
    browser.click(By.cssSelector("[id$='submit-unit-report-safetyCriteriaReviewed']"));
    browser.type(By.cssSelector("[id$='submit-unit-report-onSitePercent']"), "30");
    browser.type(By.cssSelector("[id$='submit-unit-report-workFromHome']"), "8");
    browser.click(By.cssSelector("[id$='submit-unit-report-onlineMeetings']"));
    typeAfterNumbers("submit-unit-report-summary", "Phường thực hiện nghiêm quy định");
    browser.shot("25-bnhead-monthly-report-filled");
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    for (int i = 0; i < 50 && unitReportStatus("ben-nghe").equals("PENDING"); i++) {
      browser.pause(200);
    }
    assertThat(unitReportStatus("ben-nghe")).isEqualTo("SUBMITTED");
    assertThat(app.getBean(JdbcTemplate.class).queryForMap("SELECT staff_infected_by_non_compliance, "
        + "on_site_percent, work_from_home, online_meetings, working_rules_reviewed, rewards_proposed FROM "
        + "monthly_unit_report WHERE period = '2026-10' AND unit_id = 'ben-nghe'"))
        .containsValues(1, 30, 8, true, "Khen tổ phản ứng nhanh");
    browser.shot("26-bnhead-monthly-report-sent");

    // The district's own report, by the API; then its head consolidates in Tasklist.
    String own = engine().getTaskService().createTaskQuery().processInstanceBusinessKey("2026-10")
        .taskDefinitionKey("submit-unit-report").taskCandidateGroup("heads-district-1").singleResult().getId();
    engine().getTaskService().complete(own, Map.of("staffInfected", 0, "violationsHandled", 0,
        "safetyCriteriaReviewed", true, "onSitePercent", 25, "summary", "Quận thực hiện tốt"));
    claimUnitTask("d1head", "Tổng hợp báo cáo tháng 10/2026", "consolidate-district-report-districtSummary");
    assertThat(browser.script("return document.querySelector(\"[id$='consolidate-district-report-districtConsolidation']"
        + "\").value")).asString().contains("2 đơn vị đã báo cáo");
    browser.type(By.cssSelector("[id$='consolidate-district-report-districtSummary']"),
        "Quận 1 và phường Bến Nghé chấp hành tốt; đề nghị khen tổ phản ứng nhanh");
    browser.shot("27-d1head-district-consolidation");
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    for (int i = 0; i < 50 && !"SENT".equals(districtStatus(jdbc)); i++) {
      browser.pause(200);
    }
    assertThat(districtStatus(jdbc)).isEqualTo("SENT");
    browser.shot("28-district-report-sent");
    assertThat(browser.dialogs()).isZero();
  }

  /** Logs in to Tasklist, opens the unit's task of this name, claims it and waits for its form to show the field. */
  private static void claimUnitTask(String user, String taskName, String fieldId) {
    browser.logout();
    browser.login("tasklist", user, "demo");
    openUnitTask(taskName, fieldId);
  }

  /**
   * Types into a text area once the numbers typed before it have settled, as a person is slower than WebDriver: the
   * form applies a number 300 ms after it was typed and redraws, emptying a text area typed into meanwhile (seen
   * here: the rewards proposed, then the summary, were lost).
   */
  private static void typeAfterNumbers(String idSuffix, String text) {
    browser.pause(500);
    browser.type(By.cssSelector("[id$='" + idSuffix + "']"), text);
  }

  private static String unitReportStatus(String unitId) {
    return app.getBean(JdbcTemplate.class).queryForObject("SELECT status FROM monthly_unit_report WHERE period = "
        + "'2026-10' AND unit_id = ?", String.class, unitId);
  }

  private static String districtStatus(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT status FROM monthly_district_report WHERE period = '2026-10' AND "
        + "district_id = 'district-1'", String.class);
  }

  private static ProcessEngine engine() {
    return app.getBean(ProcessEngine.class);
  }

  private static long travelInstances() {
    return engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("travel-approval").count();
  }

  private static long pendingApprovals() {
    return engine().getTaskService().createTaskQuery().taskDefinitionKey("approve-travel").count();
  }

  private static HttpResponse<String> post(String user, String path, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", basic(user)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
