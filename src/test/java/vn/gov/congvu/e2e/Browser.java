package vn.gov.congvu.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromium-driver, with a fresh profile, no background networking, hooks
 * that count alert/confirm/prompt calls and record failed API calls before any page script runs, and a screenshot per
 * step under target/e2e.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "e2e");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String base;

  Browser(String base, Path profile, Path downloads) throws IOException {
    this.base = base;
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
        "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__dialogs = 0; window.alert = function () { window.__dialogs++; };"
            + "window.confirm = function () { window.__dialogs++; return false; };"
            + "window.prompt = function () { window.__dialogs++; return null; };"
            + "window.__failed = []; (function (send) { XMLHttpRequest.prototype.send = function () {"
            + "  this.addEventListener('loadend', () => { if (this.status >= 400) window.__failed.push("
            + "    this.status + ' ' + this.responseURL); }); return send.apply(this, arguments); };"
            + "})(XMLHttpRequest.prototype.send);"));
    wait = new WebDriverWait(driver, Duration.ofSeconds(60)); // generous: CI machines are shared and noisy
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  /** Fails on CI without Chromium (.ci/run installs it); elsewhere skips the browser tests. */
  static void requireInstalled() {
    if (!available()) {
      if (System.getenv("CI") != null) {
        Assertions.fail("CI must install chromium and chromium-driver (.ci/run does)");
      }
      Assumptions.abort("Chromium not installed here: apt-get install chromium chromium-driver to run the browser tests");
    }
  }

  /** A browser on the application at {@code base}, its profile and downloads under a test's temporary folder. */
  static Browser in(Path temp, String base) throws IOException {
    Files.createDirectories(temp.resolve("downloads"));
    return new Browser(base, temp.resolve("profile"), temp.resolve("downloads"));
  }

  void open(String path) {
    driver.get(base + path);
  }

  void login(String app, String user, String password) {
    open("/camunda/app/" + app + "/default/");
    // The first page of a cold application on a busy machine may take longer than any later step.
    new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model=username]")));
    type(By.cssSelector("input[ng-model=username]"), user);
    type(By.cssSelector("input[ng-model=password]"), password);
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
  }

  /** Sets the window to a screen a person has, e.g. 1440×900. */
  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  void refresh() {
    driver.navigate().refresh();
  }

  void logout() {
    driver.manage().deleteAllCookies();
  }

  WebElement await(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void awaitNoText(String text) {
    wait.until(d -> !d.findElement(By.tagName("body")).getText().contains(text));
  }

  void awaitText(String text) {
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /**
   * Clicks like a person after scrolling the element to the middle: the fixed footer must not cover it. An element the
   * page redraws between finding and clicking (Tasklist refreshes its list of tasks) is found again.
   */
  void click(By by) {
    for (int attempt = 1;; attempt++) {
      try {
        clickOnce(by);
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        if (attempt == 3) {
          throw redrawn;
        }
      }
    }
  }

  private void clickOnce(By by) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      script("arguments[0].click();", element);
    }
  }

  void type(By by, String text) {
    WebElement input = await(by);
    input.clear();
    input.sendKeys(text);
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  long dialogs() {
    Object count = script("return window.__dialogs || 0;");
    return ((Number) count).longValue();
  }

  /** The API calls of this page that failed (status and URL), as the page's own script saw them. */
  List<String> failedRequests() {
    @SuppressWarnings("unchecked")
    List<String> failed = (List<String>) script("return window.__failed || [];");
    return failed;
  }

  void setHeaders(Map<String, Object> headers) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
  }

  /** The window's size in pixels, as started ({@code --window-size}). */
  void window(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /** The page's visible size in pixels, the screenshots' size (the window is larger by its own frame). */
  void viewport(int width, int height) {
    window(width, height);
    List<?> inner = (List<?>) script("return [window.innerWidth, window.innerHeight];");
    window(2 * width - ((Number) inner.get(0)).intValue(), 2 * height - ((Number) inner.get(1)).intValue());
  }

  void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
