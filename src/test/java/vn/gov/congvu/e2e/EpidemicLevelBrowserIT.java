package vn.gov.congvu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * W1–W4 in Chromium: the Department of Health announces level 4 for Phường Bến Nghé from Tasklist's start form, and
 * the ward's head confirms the unit's operating mode, an on-site share above the cap only with the essential work
 * written down. Screenshots go to target/e2e (prefix "ep-").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EpidemicLevelBrowserIT {

  private static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
  void healthAnnouncesLevelFourFromTasklist() throws Exception {
    browser.login("tasklist", "healthhead", "demo");
    browser.awaitText("Việc của đơn vị");
    browser.click(By.xpath("//a[contains(., 'Khởi tạo quy trình')]"));
    browser.click(By.xpath("//a[contains(., 'Công bố cấp độ dịch, chuyển trạng thái hoạt động')]"));
    browser.await(By.xpath("//select[@id='announce-areaUnitId']/option[contains(., 'Phường Bến Nghé (Quận 1)')]"));
    // Today is already there, the Vietnamese way.
    assertThat(browser.await(By.id("announce-effectiveFrom")).getAttribute("value")).isEqualTo(PEOPLE.format(today()));
    new Select(browser.await(By.id("announce-areaUnitId"))).selectByVisibleText("Phường Bến Nghé (Quận 1)");
    browser.click(By.id("announce-level-4"));
    browser.type(By.id("announce-decisionRef"), "125/QĐ-UBND");
    browser.shot("ep-01-healthhead-announces-level-4");
    noEnglish();

    browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
    browser.awaitText("Đã công bố cấp độ dịch");
    Map<String, Object> row = jdbc().queryForMap("SELECT area_unit_id, level_no, effective_from, announced_by, "
        + "reference FROM epidemic_level");
    assertThat(row).containsEntry("AREA_UNIT_ID", "ben-nghe").containsEntry("LEVEL_NO", 4)
        .containsEntry("ANNOUNCED_BY", "healthhead");
    assertThat(row.get("EFFECTIVE_FROM").toString()).isEqualTo(today().toString());
    browser.awaitText("Số hồ sơ: " + row.get("REFERENCE"));
    browser.shot("ep-02-announcement-reference");
    // Every unit seated in the ward has its head's task: ben-nghe, district-1, the city and two departments.
    assertThat(engine().getTaskService().createTaskQuery().taskDefinitionKey("adjust-operations").count())
        .isEqualTo(5);
  }

  @Test
  @Order(2)
  void theWardHeadConfirmsTheOperatingMode() throws Exception {
    browser.logout();
    browser.login("tasklist", "bnhead", "demo");
    browser.click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Chuyển trạng thái hoạt động')]"));
    browser.click(By.xpath("//button[contains(., 'Nhận việc')]"));
    browser.await(By.id("adjust-onSitePercent"));
    browser.awaitText("Cấp độ 4 – nguy cơ rất cao (vùng đỏ)");
    assertThat(browser.await(By.id("adjust-areaName")).getText()).isEqualTo("Phường Bến Nghé");
    assertThat(browser.await(By.id("adjust-requirements")).getText()).contains("tối đa 33 %");
    assertThat(new Select(browser.await(By.id("adjust-citizenReception"))).getFirstSelectedOption().getText())
        .startsWith("Tạm dừng tiếp công dân trực tiếp");
    browser.shot("ep-03-bnhead-adjust-form");
    noEnglish();

    browser.type(By.id("adjust-onSitePercent"), "50");
    browser.type(By.id("adjust-workFromHome"), "10");
    browser.awaitText("Vượt mức tối đa: nêu công việc thiết yếu");
    assertThat(completeButton().isEnabled()).isFalse();
    browser.shot("ep-04-above-the-cap-needs-a-reason");
    browser.pause(500);
    browser.type(By.id("adjust-essentialReason"), "Bộ phận một cửa nhận hồ sơ khai sinh, khai tử");
    browser.shot("ep-05-confirmation-filled");
    noEnglish();
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    for (int i = 0; i < 50 && confirmations() == 0; i++) {
      browser.pause(200);
    }
    assertThat(jdbc().queryForMap("SELECT on_site_percent, work_from_home, citizen_reception, online_meetings, "
        + "essential_reason, confirmed_by FROM unit_operating_mode WHERE unit_id = 'ben-nghe'"))
        .containsEntry("ON_SITE_PERCENT", 50).containsEntry("WORK_FROM_HOME", 10)
        .containsEntry("CITIZEN_RECEPTION", "URGENT_ONLY").containsEntry("ONLINE_MEETINGS", true)
        .containsEntry("ESSENTIAL_REASON", "Bộ phận một cửa nhận hồ sơ khai sinh, khai tử")
        .containsEntry("CONFIRMED_BY", "bnhead");
    browser.shot("ep-06-confirmed");
    assertThat(browser.dialogs()).isZero();
  }

  private static WebElement completeButton() {
    return browser.await(By.xpath("//button[contains(., 'Hoàn thành')]"));
  }

  private static int confirmations() {
    return jdbc().queryForObject("SELECT COUNT(*) FROM unit_operating_mode", Integer.class);
  }

  private static void noEnglish() {
    assertThat(EnglishWords.in(browser.bodyText())).as("English words on the screen").isEmpty();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  private static JdbcTemplate jdbc() {
    return demo.app().getBean(JdbcTemplate.class);
  }

  private static ProcessEngine engine() {
    return demo.app().getBean(ProcessEngine.class);
  }
}
