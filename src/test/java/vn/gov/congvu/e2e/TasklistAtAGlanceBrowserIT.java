package vn.gov.congvu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Tasklist's list read at a glance (issue 18): a head sees how much work is overdue without opening "Quá hạn", the
 * columns of their unit's cards although the case is not theirs to read, and how urgent each card is in words; the
 * keyboard-shortcut dialog speaks Vietnamese. Screenshots go to target/e2e (prefix "glance-").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistAtAGlanceBrowserIT {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

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
  void aHeadSeesCountsColumnsAndUrgencyOfTheUnitsWork() throws Exception {
    LocalDate today = LocalDate.now(VN);
    String tomorrowsTrip = fileTrip(today.plusDays(1), "Đà Lạt, Lâm Đồng");
    fileTrip(today.plusDays(7), "Vũng Tàu");
    // The approval of next week's trip has waited past its deadline.
    Task late = engine().getTaskService().createTaskQuery().processVariableValueEquals("destination", "Vũng Tàu")
        .singleResult();
    late.setDueDate(Date.from(java.time.Instant.now().minusSeconds(3600)));
    engine().getTaskService().saveTask(late);

    browser.login("tasklist", "d1head", "demo");
    // Counted beside every filter, not only beside the one being viewed ("Việc của tôi", empty for the head).
    filterCount("Quá hạn", "1");
    filterCount("Việc của đơn vị", "2");
    filterCount("Sắp đến hạn", "\\d+"); // tomorrow's approval, if its 8 working hours end within a working day

    browser.click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(., 'Việc của đơn vị')]"));
    String reference = engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(tomorrowsTrip)
        .singleResult().getBusinessKey();
    // The columns: the head is a candidate, not a reader of the case; the reference is on no card's title.
    browser.awaitText(reference);
    assertThat(browser.bodyText()).contains("Số hồ sơ", "Người đề nghị", "Phạm Thị Lan");
    assertThat(cardsText()).as("the columns under each card's fold").contains("Nơi đến", "Ngày đi", "Vũng Tàu");
    assertThat(priorities()).containsExactlyInAnyOrder("Ưu tiên: cao", "");
    browser.shot("glance-01-d1head-unit-list-counts-columns-priority");
    noEnglish();

    browser.click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(., 'Quá hạn')]"));
    browser.awaitNoText("Đà Lạt, Lâm Đồng");
    browser.awaitText("Vũng Tàu");
    filterCount("Việc của đơn vị", "2");
    browser.shot("glance-02-d1head-overdue");
    noEnglish();
  }

  @Test
  @Order(2)
  void theKeyboardShortcutsSpeakVietnamese() throws Exception {
    browser.click(By.cssSelector("a.showShortcutHelp"));
    WebElement dialog = browser.await(By.cssSelector(".shortcut-modal .modal-content"));
    browser.awaitText("Ctrl + Alt + C");
    assertThat(dialog.getText()).contains("Phím tắt", "Mô tả", "Nhận công việc đang chọn", "Ctrl + Shift + F",
        "Đóng");
    assertThat(EnglishWords.in(dialog.getText())).as("English words in the shortcut dialog").isEmpty();
    browser.shot("glance-03-shortcut-dialog");
    browser.click(By.xpath("//div[contains(@class,'shortcut-modal')]//button[contains(., 'Đóng')]"));
    browser.awaitNoText("Nhận công việc đang chọn");
  }

  @Test
  @Order(3)
  void aCriticalIncidentIsUrgentOnTheDutyOfficersCardAndShowsItsSeverity() throws Exception {
    HttpResponse<String> filed = post("bnduty", "/api/incidents", "{\"unitId\":\"ben-nghe\",\"source\":\"PRESS\","
        + "\"category\":\"OTHER\",\"severity\":\"CRITICAL\",\"summary\":\"Ùn tắc tại bộ phận một cửa\"}");
    assertThat(filed.statusCode()).isEqualTo(201);
    browser.logout();
    browser.login("tasklist", "bnduty", "demo");
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(., 'Việc của đơn vị')]"));
    browser.awaitText("Xử lý sự việc");
    browser.awaitText("Ưu tiên: khẩn");
    // The title carries the unit and the severity; the first columns say what it does not: where it stands.
    assertThat(browser.bodyText()).contains("Cấp xử lý", "Cán bộ trực của đơn vị").doesNotContain("Phạm Thị Lan");
    assertThat(cardsText()).contains("Mức độ", "Nghiêm trọng", "Đơn vị", "Phường Bến Nghé");
    browser.shot("glance-04-bnduty-urgent-incident");
    noEnglish();
  }

  @Test
  @Order(4)
  void theTasksOwnHistoryShowsTheClaimByName() throws Exception {
    browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(., 'Xử lý sự việc')]"));
    browser.click(By.xpath("//button[contains(., 'Nhận việc')]"));
    browser.await(By.cssSelector("form[name='congvuForm']"));
    browser.click(By.xpath("//a[normalize-space(.)='Lịch sử']"));
    WebElement history = browser.await(By.cssSelector(".history-pane .operation-user"));
    for (int i = 0; i < 50 && !history.getText().contains("Đặng Thị Ngọc"); i++) {
      browser.pause(200);
    }
    String text = browser.await(By.cssSelector(".history-pane")).getText();
    assertThat(text).as("the claim, by name").contains("Nhận việc", "Đặng Thị Ngọc").doesNotContain("bnduty");
    browser.shot("glance-05-bnduty-task-history-by-name");
    noEnglish();
  }

  /** Waits for the filter's count beside its name to match. */
  private static void filterCount(String filter, String count) {
    By badge = By.xpath("//div[contains(@class,'task-filter')][.//a[contains(., '" + filter + "')]]"
        + "//span[contains(@class,'congvu-count')]");
    for (int i = 0; i < 100 && !browser.await(badge).getText().matches(count); i++) {
      browser.pause(200);
    }
    assertThat(browser.await(badge).getText()).as("count beside " + filter).matches(count);
  }

  /** The list's text, the columns under a card's fold included. */
  private static String cardsText() {
    return (String) browser.script("return document.querySelector('.tasks-list').textContent;");
  }

  private static java.util.List<String> priorities() {
    return browser.all(By.cssSelector(".tasks-list .task .priority")).stream().map(WebElement::getText).toList();
  }

  private static void noEnglish() {
    assertThat(EnglishWords.in(browser.bodyText())).as("English words on the screen").isEmpty();
  }

  private static String fileTrip(LocalDate departure, String destination) throws Exception {
    HttpResponse<String> filed = post("d1staff", "/api/travel-requests", "{\"requesterId\":\"d1staff\","
        + "\"destination\":\"" + destination + "\",\"departureDate\":\"" + departure + "\",\"returnDate\":\""
        + departure.plusDays(2) + "\",\"reason\":\"Việc gia đình\"}");
    assertThat(filed.statusCode()).isEqualTo(201);
    return filed.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
  }

  private static HttpResponse<String> post(String user, String path, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(demo.base() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static ProcessEngine engine() {
    return demo.app().getBean(ProcessEngine.class);
  }
}
