package vn.gov.congvu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
    assertThat(rest.getForObject("/camunda/app/congvu/common.js", String.class)).contains("congvuLocale")
        .contains("customScripts: ['../congvu/webapp.js']");
  }

  @Test
  void cockpitAndAdminGetTheVietnameseLocaleAndTheSharedScriptAndStyles() {
    assertThat(rest.getForObject("/camunda/app/cockpit/locales/vi.json", String.class)).contains("Sự cố kỹ thuật");
    assertThat(rest.getForObject("/camunda/app/admin/locales/vi.json", String.class)).contains("Danh sách người dùng");
    assertThat(rest.getForObject("/camunda/app/congvu/webapp.js", String.class)).contains("'DD/MM/YYYY HH:mm'")
        .contains("webapp.css");
    assertThat(rest.getForObject("/camunda/app/congvu/webapp.css", String.class)).contains(".tenant-id");
  }

  @Test
  void theLanguageAskedForSurvivesTheRedirectToTheEngine() throws Exception {
    HttpResponse<Void> redirect = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(rest.getRootUri() + "/camunda/app/tasklist/?lang=en")).build(), HttpResponse.BodyHandlers.discarding());

    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/camunda/app/tasklist/default/?lang=en"));
  }

  @Test
  void everyUserSeesTheCreateTaskButtonOnlyIfTheEngineLetsThemCreateTasks() {
    assertThat(rest.getForObject("/camunda/app/congvu/webapp.js", String.class)).contains("congvu-may-create-task")
        .contains("resourceName=task");
    assertThat(rest.getForObject("/camunda/app/congvu/webapp.css", String.class))
        .contains("html:not(.congvu-may-create-task)");
  }

  @Test
  void cockpitLoadsTheOperationsDashboard() {
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
        .contains("'../congvu/dashboard.js'");
    assertThat(rest.getForObject("/camunda/app/congvu/dashboard.js", String.class)).contains("cockpit.route")
        .contains("cockpit.dashboard").contains("dashboard.css");
    assertThat(rest.getForObject("/camunda/app/congvu/dashboard.css", String.class)).contains(".congvu-dashboard");
  }
}
