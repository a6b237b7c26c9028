package vn.gov.congvu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.support.ApplicationTest;

/** The application's classpath overrides win over the webjar's own files when the browser asks for them. */
class WebappOverridesServedTest extends ApplicationTest {

  @Test
  void tasklistGetsTheVietnameseLocaleAndConfig() {
    assertThat(rest.getForObject("/camunda/app/tasklist/locales/vi.json", String.class)).contains("Nhận việc");
    assertThat(rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
        .contains("Nhận công việc đang chọn");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class)).contains("congvu/common.js");
    assertThat(rest.getForObject("/camunda/app/congvu/common.js", String.class)).contains("congvuLocale");
  }
}
