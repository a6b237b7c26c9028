package vn.gov.congvu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.congvu.support.StandaloneApplication;

/**
 * Cockpit and Admin as the process owner and the administrator see them, in a real Chromium: the owner opens the
 * dashboard, the list of processes, a process (its version dropdown lists both deployed versions, no request failing)
 * and a running request; the administrator opens the users. Every screen goes to target/e2e and its visible text holds
 * no English, dates read dd/MM/yyyy HH:mm, no tenant field shows, and the owner sees no action the engine would refuse.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitVietnameseIT {

  private static final String COCKPIT = "/camunda/app/cockpit/default/#/";

  @TempDir
  static Path temp;

  private static ConfigurableApplicationContext app;
  private static Browser browser;
  private static String base;
  private static ProcessInstance trip;

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
    trip = engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("travel-approval")
        .singleResult();
    engine().getRepositoryService().createDeployment().name("travel-approval v2")
        .addClasspathResource("processes/travel-approval.bpmn").deploy();
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
  void processOwnersCockpitIsVietnamese() throws Exception {
    browser.login("cockpit", "owner", "demo");
    browser.awaitText("Hồ sơ quy trình đang chạy");
    vietnameseScreen("20-owner-cockpit-dashboard");

    browser.open(COCKPIT + "processes");
    browser.awaitText("quy trình đã triển khai");
    assertThat(vietnameseScreen("21-owner-cockpit-processes")).contains("Ra khỏi thành phố ngoài giờ làm việc");

    browser.open(COCKPIT + "process-definition/" + trip.getProcessDefinitionId() + "/runtime");
    browser.click(By.cssSelector("dd.definition-version .dropdown-toggle"));
    browser.await(By.cssSelector("dd.definition-version .dropdown-menu"));
    assertThat(browser.all(By.cssSelector("dd.definition-version .dropdown-menu li")).stream()
        .map(WebElement::getText)).containsExactly("2", "1");
    browser.awaitText(trip.getBusinessKey());
    String definition = vietnameseScreen("22-owner-cockpit-definition-versions");
    assertThat(definition).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}").containsIgnoringCase("1830 ngày");
    assertThat(engineRequestsFailed()).as("requests of the definition page").isEmpty();

    browser.open(COCKPIT + "process-instance/" + trip.getId() + "/runtime");
    browser.await(By.cssSelector(".djs-container svg"));
    browser.awaitText("Phạm Thị Lan");
    assertThat(vietnameseScreen("23-owner-cockpit-instance")).contains("Số hồ sơ", trip.getBusinessKey());
    assertThat(browser.all(By.cssSelector(".ctn-toolbar .btn, td.actions .btn, .edit-toggle")))
        .as("actions the owner may not take").noneMatch(WebElement::isDisplayed);
    assertThat(engineRequestsFailed()).isEmpty();
  }

  @Test
  @Order(2)
  void administratorsUsersPageIsVietnamese() throws Exception {
    browser.logout();
    browser.login("admin", "admin", "admin");
    browser.open("/camunda/app/admin/default/#/users");
    browser.awaitText("Danh sách người dùng");
    browser.awaitText("Phạm Thị");
    assertThat(vietnameseScreen("24-admin-users")).contains("Họ và tên đệm", "Thư điện tử", "Nhóm", "Phân quyền");
  }

  /** Saves the screen and checks its visible text: no English, no ISO dates, no tenants. */
  private static String vietnameseScreen(String name) throws Exception {
    browser.pause(500);
    browser.shot(name);
    String text = browser.bodyText();
    assertThat(EnglishWords.in(text)).as(name + ": English words").isEmpty();
    assertThat(text).as(name).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")
        .doesNotContainIgnoringCase("bên thuê").doesNotContain("null");
    return text;
  }

  /** Failed calls to the engine's API (before logging in, the webapps' session check answers 404, as it should). */
  private static List<String> engineRequestsFailed() {
    return browser.failedRequests().stream().filter(request -> request.contains("/api/engine/")).toList();
  }

  private static ProcessEngine engine() {
    return app.getBean(ProcessEngine.class);
  }

  private static HttpResponse<String> post(String user, String path, String body) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
