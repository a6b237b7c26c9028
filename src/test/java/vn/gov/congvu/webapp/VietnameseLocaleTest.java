package vn.gov.congvu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Vietnamese locale files against the English ones shipped in the webjar: no key missing at any depth, no empty
 * value, every {{placeholder}} kept; Tasklist and Welcome translated throughout.
 */
class VietnameseLocaleTest {

  private static final String BASE = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void everyEnglishKeyHasANonEmptyVietnameseValueWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> vietnamese = flatten(read(app, "vi"));

    assertThat(vietnamese.keySet()).containsAll(english.keySet());
    english.forEach((key, value) -> {
      String vi = vietnamese.get(key);
      if (!value.isEmpty()) {
        assertThat(vi).as(key).isNotBlank();
      }
      Matcher placeholders = PLACEHOLDER.matcher(value);
      while (placeholders.find()) {
        assertThat(vi).as(key).contains(placeholders.group(1));
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void tasklistAndWelcomeAreVietnameseThroughout(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> vietnamese = flatten(read(app, "vi"));
    english.forEach((key, value) -> {
      if (value.chars().filter(Character::isLetter).count() > 3 && !key.contains("longDateFormat")
          && !key.contains("calendar")) {
        assertThat(vietnamese.get(key)).as(key + " still English").isNotEqualTo(value);
      }
    });
    assertThat(vietnamese).containsValue("Đăng xuất");
    if (app.equals("tasklist")) {
      assertThat(vietnamese).containsEntry("dateLocales.months[0]", "tháng 1").containsValue("Nhận việc");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void configNamesTheApplicationAndDefaultsToVietnamese(String app) throws IOException {
    assertThat(text(BASE + app + "/scripts/config.js")).contains("import { common")
        .contains("from '../../congvu/common.js'").contains("...common");
    assertThat(text(BASE + "congvu/common.js")).contains("name: 'Hệ thống điều hành công vụ'")
        .contains("availableLocales: [congvuLocale]").contains(": 'vi';");
  }

  private JsonNode read(String app, String locale) throws IOException {
    return mapper.readTree(text(BASE + app + "/locales/" + locale + ".json").replace("\uFEFF", ""));
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = VietnameseLocaleTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
          e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node.asText());
    }
  }
}
