package vn.gov.congvu.security;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds a query key that would make the engine evaluate an expression ({@code assigneeExpression},
 * {@code dueAfterExpression}, ...), at any depth: Camunda 7.24 CE checks ad-hoc expressions in a task query but not
 * inside its {@code orQueries}, which lets a logged-in user run JUEL on the server.
 */
final class ExpressionKeys {

  private static final String SUFFIX = "expression";

  private ExpressionKeys() {
  }

  static boolean isExpressionKey(String key) {
    return key != null && key.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }

  static Optional<String> inJson(JsonNode node, ObjectMapper mapper) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpressionKey(field.getKey())) {
          return Optional.of(field.getKey());
        }
        Optional<String> nested = inJson(field.getValue(), mapper);
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        Optional<String> nested = inJson(element, mapper);
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (node.isTextual() && looksLikeJson(node.asText())) {
      // Filters store their query as a JSON string inside the JSON body.
      try {
        return inJson(mapper.readTree(node.asText()), mapper);
      } catch (Exception notJson) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean looksLikeJson(String text) {
    String trimmed = text.trim();
    return trimmed.startsWith("{") || trimmed.startsWith("[");
  }
}
