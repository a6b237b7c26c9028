package vn.gov.congvu.e2e;

import java.nio.file.Path;

import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.congvu.support.StandaloneApplication;

/**
 * A browser on the demo application started for one test class, as {@code mvn spring-boot:run} would on a fresh H2
 * file under the test's temporary folder, on a random port; its engine is "default", the one the webapps' addresses
 * name. Closing it closes both.
 */
record BrowserOnApplication(ConfigurableApplicationContext app, Browser browser, String base)
    implements AutoCloseable {

  static BrowserOnApplication start(Path temp) throws Exception {
    Browser.requireInstalled();
    ConfigurableApplicationContext app = StandaloneApplication.start(temp.resolve("data"), "default");
    String base = "http://localhost:" + ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    try {
      return new BrowserOnApplication(app, Browser.in(temp, base), base);
    } catch (Exception | Error noBrowser) {
      app.close();
      throw noBrowser;
    }
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      app.close();
    }
  }
}
