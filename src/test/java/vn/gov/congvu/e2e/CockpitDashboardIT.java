package vn.gov.congvu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.congvu.support.StandaloneApplication;

/**
 * "Bảng điều hành" in Cockpit, in a real Chromium: the process owner finds on it the cases this test made (an
 * overdue approval in district-1, an incident the clock passed up from Bến Nghé's duty officers, units late with
 * this month's report), each count opening its cases with links to Cockpit; district-1's head sees district-1 and
 * Bến Nghé only. Every screen goes to target/e2e, and its visible text holds no English.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitDashboardIT {

  private static final String DASHBOARD = "/camunda/app/cockpit/default/#/bang-dieu-hanh";
  private static final String DISTRICT_1 = "Ủy ban nhân dân Quận 1";
  private static final String TRAVEL_TREND_CAPTION = "Số liệu: đề nghị ra khỏi thành phố theo kết quả";
  private static final String TRAVEL_TREND = "//table[caption[normalize-space()='" + TRAVEL_TREND_CAPTION + "']]";
  private static final String INCIDENT_TREND_CAPTION = "Số liệu: sự việc đột xuất: tiếp nhận và chuyển cấp trên";
  private static final String APPROVAL_TREND_CAPTION = "Số liệu: thời gian lãnh đạo cho ý kiến (giờ làm việc)";
  private static final String REPORT_TREND_CAPTION = "Số liệu: báo cáo tháng của các đơn vị";

  @TempDir
  static Path temp;

  private static ConfigurableApplicationContext app;
  private static Browser browser;
  private static String base;
  private static ProcessInstance overdueTrip;

  @BeforeAll
  static void start() throws Exception {
    Browser.requireInstalled();
    app = StandaloneApplication.start(temp.resolve("data"), "default");
    base = "http://localhost:" + ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    browser = Browser.in(temp, base);

    LocalDate departure = LocalDate.now().plusDays(14);
    assertThat(post("d1staff", "/api/travel-requests", "{\"requesterId\":\"d1staff\",\"destination\":\"Đà Lạt\","
        + "\"departureDate\":\"" + departure + "\",\"returnDate\":\"" + departure.plusDays(2) + "\","
        + "\"reason\":\"Thăm gia đình\"}").statusCode()).isEqualTo(201);
    overdueTrip = engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("travel-approval")
        .singleResult();
    // The head has not decided for a day: the approval is past its due time.
    Task approval = engine().getTaskService().createTaskQuery().processInstanceId(overdueTrip.getId()).singleResult();
    approval.setDueDate(Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
    engine().getTaskService().saveTask(approval);

    assertThat(post("bnduty", "/api/incidents", "{\"unitId\":\"ben-nghe\",\"source\":\"PORTAL_1022\","
        + "\"category\":\"OTHER\",\"severity\":\"LOW\",\"summary\":\"Cán bộ đến muộn\"}").statusCode()).isEqualTo(201);
    runDueTimer("timer-level-deadline"); // the duty officers did not act in time: the clock passes it up

    String period = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    assertThat(post("admin", "/api/monthly-reports", "{\"period\":\"" + period + "\"}").statusCode()).isEqualTo(201);
    runDueTimer("timer-submission-due"); // no unit reported by the deadline
    PastCases.file(app); // finished cases of earlier months, for the trends
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
  void ownerSeesTheCitysFiguresAndTheCasesBehindThem() throws Exception {
    browser.login("cockpit", "owner", "demo");
    browser.awaitText("Mở bảng điều hành");
    assertThat(vietnameseScreen("30-owner-cockpit-start-summary")).contains("1 công việc quá hạn");

    browser.open(DASHBOARD);
    browser.awaitText("Phạm vi: toàn thành phố");
    assertThat(cell("Theo đơn vị phải xử lý", DISTRICT_1, 3)).isEqualTo("1");
    assertThat(cell("Chuyển cấp trên, theo cấp", "Trực ban đơn vị", 2)).isEqualTo("1");
    assertThat(cell("Chuyển cấp trên, theo cấp", "Trực ban đơn vị", 3)).isEqualTo("0");
    assertThat(cell("Đang xử lý, theo cấp và mức độ", "Lãnh đạo đơn vị", 3)).isEqualTo("1");
    String period = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    String periodTitle = "Kỳ " + period.substring(5) + "/" + period.substring(0, 4);
    assertThat(cell(periodTitle, DISTRICT_1, 2)).isEqualTo("Chưa nộp, quá hạn");
    assertThat(cell(periodTitle, "Sở Y tế", 2)).isEqualTo("Chưa nộp, quá hạn");

    browser.click(By.xpath(row("Theo đơn vị phải xử lý", DISTRICT_1) + "/td[2]//summary"));
    WebElement link = browser.await(By.xpath(row("Theo đơn vị phải xử lý", DISTRICT_1) + "/td[2]//a"));
    assertThat(link.getText()).isEqualTo(overdueTrip.getBusinessKey());
    assertThat(link.getAttribute("href")).endsWith("#/process-instance/" + overdueTrip.getId() + "/runtime");
    assertThat(vietnameseScreen("31-owner-dashboard")).containsPattern("Số liệu lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
        .contains("Tải báo cáo kỳ");

    scrollTo("Sự việc đột xuất");
    vietnameseScreen("31b-owner-dashboard-incidents");
    scrollTo("Báo cáo tháng");
    vietnameseScreen("31c-owner-dashboard-travel-reports");

    link.click();
    browser.awaitText(overdueTrip.getBusinessKey());
    browser.await(By.cssSelector(".djs-container svg"));
  }

  /** The trends at an office screen's size: this month's cases in the last column of each chart's table. */
  @Test
  @Order(2)
  void ownerSeesTheTrendsOfTwelveMonthsAsChartsWithTheirValues() throws Exception {
    browser.viewport(1440, 900);
    try {
      browser.open(DASHBOARD);
      browser.awaitText("Xu hướng 12 tháng");
      String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("MM/yyyy"));
      int last = 13; // the row's heading, then twelve months, this month last
      assertThat(browser.await(By.xpath(TRAVEL_TREND + "/thead//th[" + last + "]")).getText()).isEqualTo(month);
      assertThat(cell(TRAVEL_TREND_CAPTION, "Đang giải quyết", last)).isEqualTo("1");
      assertThat(cell(TRAVEL_TREND_CAPTION, "Bị từ chối", last)).isEqualTo("0");
      assertThat(cell(INCIDENT_TREND_CAPTION, "Sự việc tiếp nhận", last)).isEqualTo("1");
      assertThat(cell(INCIDENT_TREND_CAPTION, "Tự động chuyển cấp trên do quá hạn", last)).isEqualTo("1");
      assertThat(cell(INCIDENT_TREND_CAPTION, "Cấp quyết định chuyển cấp trên", last)).isEqualTo("0");
      assertThat(Integer.parseInt(cell(REPORT_TREND_CAPTION, "Quá hạn, chưa nộp", last))).isPositive();
      assertThat(cell(REPORT_TREND_CAPTION, "Nộp đúng hạn", last)).isEqualTo("0");
      // Two and three months ago (PastCases): three requests refused in 40, 55 and 70 working minutes and one
      // expired; then one refused, and two incidents, one passed up by the clock, one by decision.
      int twoAgo = last - 2;
      assertThat(cell(TRAVEL_TREND_CAPTION, "Bị từ chối", twoAgo)).isEqualTo("3");
      assertThat(cell(TRAVEL_TREND_CAPTION, "Hết hiệu lực (không kịp duyệt)", twoAgo)).isEqualTo("1");
      assertThat(cell(TRAVEL_TREND_CAPTION, "Bị từ chối", twoAgo - 1)).isEqualTo("1");
      assertThat(cell(APPROVAL_TREND_CAPTION, "Trung vị", twoAgo)).isEqualTo("55 phút");
      assertThat(cell(APPROVAL_TREND_CAPTION, "Phân vị 90", twoAgo)).isEqualTo("1 giờ 10 phút");
      assertThat(cell(APPROVAL_TREND_CAPTION, "Số đề nghị đã cho ý kiến", twoAgo)).isEqualTo("3");
      assertThat(cell(INCIDENT_TREND_CAPTION, "Sự việc tiếp nhận", twoAgo - 1)).isEqualTo("2");
      assertThat(cell(INCIDENT_TREND_CAPTION, "Tự động chuyển cấp trên do quá hạn", twoAgo - 1)).isEqualTo("1");
      assertThat(cell(INCIDENT_TREND_CAPTION, "Cấp quyết định chuyển cấp trên", twoAgo - 1)).isEqualTo("1");
      assertThat(cell(REPORT_TREND_CAPTION, "Nộp muộn", twoAgo)).isEqualTo("2");
      assertThat(cell(REPORT_TREND_CAPTION, "Nộp đúng hạn", twoAgo)).isEqualTo("3");
      // Four charts drawn by uPlot on canvases of their size, each with a legend in words.
      List<WebElement> charts = browser.await(By.cssSelector(".congvu-chart canvas"))
          .findElements(By.xpath("//div[contains(@class,'congvu-chart')]//canvas"));
      assertThat(charts).hasSize(4).allMatch(canvas -> canvas.getSize().getWidth() > 600
          && canvas.getSize().getHeight() > 150);
      assertThat(browser.await(By.cssSelector(".congvu-legend")).getText()).contains("Bị từ chối");

      scrollTo("Xu hướng 12 tháng");
      assertThat(vietnameseScreen("33-owner-dashboard-trends")).contains("Xu hướng 12 tháng",
          "Đề nghị ra khỏi thành phố theo kết quả");
      scrollToChart("Thời gian lãnh đạo cho ý kiến (giờ làm việc)");
      vietnameseScreen("33b-owner-dashboard-trends-approval-reports");
    } finally {
      browser.window(1400, 1000); // as the other screens
    }
  }

  @Test
  @Order(3)
  void aHeadSeesTheirUnitAndTheUnitsBelowOnly() throws Exception {
    browser.logout();
    browser.login("cockpit", "d1head", "demo");
    browser.awaitText("Mở bảng điều hành");
    browser.open(DASHBOARD);
    browser.awaitText("Phạm vi:");
    browser.await(By.xpath(row("Theo đơn vị phải xử lý", DISTRICT_1)));
    browser.awaitText("Xu hướng 12 tháng");
    String text = vietnameseScreen("32-head-dashboard");
    assertThat(text).doesNotContain("toàn thành phố").contains(DISTRICT_1, "Phường Bến Nghé")
        .doesNotContain("An Khánh", "Thủ Đức", "Sở Y tế");
    assertThat(cell("Theo đơn vị phải xử lý", DISTRICT_1, 3)).isEqualTo("1");
    // The trends of district-1 and Bến Nghé only: two months ago both reported late, the city's three others on time.
    int twoAgo = 11;
    assertThat(cell(REPORT_TREND_CAPTION, "Nộp muộn", twoAgo)).isEqualTo("2");
    assertThat(cell(REPORT_TREND_CAPTION, "Nộp đúng hạn", twoAgo)).isEqualTo("0");
    assertThat(cell(TRAVEL_TREND_CAPTION, "Bị từ chối", twoAgo)).isEqualTo("3"); // Bến Nghé's requests
    scrollToChart("Báo cáo tháng của các đơn vị");
    vietnameseScreen("32b-head-dashboard-trends-reports");
  }

  /** Scrolls the dashboard to a chart's title. */
  private static void scrollToChart(String title) {
    browser.script("arguments[0].scrollIntoView({block: 'start'})",
        browser.await(By.xpath("//h4[normalize-space()='" + title + "']")));
  }

  /** The XPath of the row of a table (by caption) whose heading cell is the given text. */
  private static String row(String caption, String heading) {
    return "//table[caption[normalize-space()='" + caption + "']]//tr[th[normalize-space()='" + heading + "']]";
  }

  /** The text of a row's n-th cell (1 = the heading), the count of a list of cases without the list. */
  private static String cell(String caption, String heading, int column) {
    List<WebElement> cells = browser.await(By.xpath(row(caption, heading))).findElements(By.xpath("./*"));
    WebElement cell = cells.get(column - 1);
    List<WebElement> summary = cell.findElements(By.tagName("summary"));
    return (summary.isEmpty() ? cell : summary.get(0)).getText().trim();
  }

  /** Scrolls the dashboard (it scrolls inside Cockpit's page) to a heading. */
  private static void scrollTo(String heading) {
    browser.script("arguments[0].scrollIntoView({block: 'start'})",
        browser.await(By.xpath("//h3[normalize-space()='" + heading + "']")));
  }

  /** Saves the screen and checks its visible text: no English, no ISO dates. */
  private static String vietnameseScreen(String name) throws Exception {
    browser.pause(500);
    browser.shot(name);
    String text = browser.bodyText();
    assertThat(EnglishWords.in(text)).as(name + ": English words").isEmpty();
    assertThat(text).as(name).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("null")
        .doesNotContain("undefined");
    return text;
  }

  private static void runDueTimer(String activityId) {
    List<Job> jobs = engine().getManagementService().createJobQuery().activityId(activityId).list();
    assertThat(jobs).hasSize(1);
    engine().getManagementService().executeJob(jobs.get(0).getId());
  }

  private static ProcessEngine engine() {
    return app.getBean(ProcessEngine.class);
  }

  private static HttpResponse<String> post(String user, String path, String body) throws Exception {
    String password = user.equals("admin") ? "admin" : "demo";
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
