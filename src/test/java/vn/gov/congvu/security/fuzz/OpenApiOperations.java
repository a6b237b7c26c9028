package vn.gov.congvu.security.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every GET and POST operation of the engine REST API as Camunda publishes it ({@code openapi.json} of
 * {@code org.camunda.bpm:camunda-engine-rest-openapi}), in the document's order, paths relative to
 * {@code /engine-rest}.
 */
final class OpenApiOperations {

  /** One query or path parameter: its name, where it goes, its type and format, its allowed values. */
  record Param(String name, boolean inPath, String type, String format, List<String> allowed) {
  }

  /** One operation; {@code body} is the JSON body's schema (null when it takes none or not JSON). */
  record Operation(String method, String path, List<Param> params, JsonNode body, List<JsonNode> examples) {

    String key() {
      return method + " " + path;
    }
  }

  private final JsonNode document;

  OpenApiOperations() {
    try (InputStream in = OpenApiOperations.class.getResourceAsStream("/openapi.json")) {
      document = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Operation> getAndPost() {
    List<Operation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("get", "post")) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null) {
          operations.add(operation(method.toUpperCase(), path.getKey(), operation));
        }
      }
    }
    return operations;
  }

  /** A schema with its {@code $ref} followed and its {@code allOf} parts merged. */
  JsonNode resolve(JsonNode schema) {
    if (schema == null) {
      return null;
    }
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
      return resolve(document.get("components").get("schemas").get(name));
    }
    if (schema.has("allOf")) {
      var merged = new ObjectMapper().createObjectNode();
      var properties = merged.putObject("properties");
      merged.put("type", "object");
      for (JsonNode part : schema.get("allOf")) {
        JsonNode resolved = resolve(part);
        if (resolved != null && resolved.has("properties")) {
          properties.setAll((com.fasterxml.jackson.databind.node.ObjectNode) resolved.get("properties"));
        }
      }
      return merged;
    }
    return schema;
  }

  private Operation operation(String method, String path, JsonNode operation) {
    List<Param> params = new ArrayList<>();
    for (JsonNode param : operation.path("parameters")) {
      JsonNode schema = resolve(param.get("schema"));
      List<String> allowed = new ArrayList<>();
      schema.path("enum").forEach(value -> allowed.add(value.asText()));
      params.add(new Param(param.get("name").asText(), param.get("in").asText().equals("path"),
          schema.path("type").asText("string"), schema.path("format").asText(null), allowed));
    }
    JsonNode json = operation.path("requestBody").path("content").path("application/json");
    List<JsonNode> examples = new ArrayList<>();
    json.path("examples").forEach(example -> examples.add(example.get("value")));
    if (json.has("example")) {
      examples.add(json.get("example"));
    }
    return new Operation(method, path, params, json.isMissingNode() ? null : json.path("schema"), examples);
  }
}
