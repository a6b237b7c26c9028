package vn.gov.congvu.security.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.congvu.security.fuzz.OpenApiOperations.Operation;
import vn.gov.congvu.security.fuzz.OpenApiOperations.Param;

/**
 * The requests sent for one operation: valid-looking ones (the document's example, parameters and bodies of the right
 * types with the caller's own ids, then with another unit's ids) and garbage ones (wrong types, huge and negative
 * numbers, unknown sort keys, injection strings, malformed and deeply nested JSON). Same seed, same requests.
 */
final class FuzzInputs {

  /** What a request is meant to probe; the report counts by it. */
  enum Kind { EXAMPLE, VALID, OTHER_UNIT, PAGING_AND_SORTING, GARBAGE_PARAMS, GARBAGE_BODY, PATH_VARIANT }

  record FuzzRequest(Kind kind, String method, String target, String body) {
  }

  /** Ids and names the valid-looking requests use: the caller's own and another unit's. */
  record Pools(List<String> ownIds, List<String> otherIds, List<String> keys, List<String> groups) {
  }

  static final List<String> GARBAGE = List.of("' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE users",
      "<script>alert(1)</script>", "-1", "99999999999999999999", "2147483648", "-2147483649", "abc", "", "null",
      "true", "1e309", "NaN",
      "../../../etc/passwd", "${7*7}", "#{7*7}", "\u0000", "Đà Lạt", "x".repeat(3000), "2026-13-45T99:99:99.000+0000",
      "[]", "{}", "%", "a,b,,c", "*", "%' OR '1'='1");
  private static final List<String> GARBAGE_BODIES = List.of("{", "[1,2", "\"text\"", "null", "[]", "123", "{}",
      "[".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
      "{\"variables\":{\"x\":{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
          + "\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}");
  private static final String DATE = "2026-01-01T00:00:00.000+0700";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final OpenApiOperations api;
  private final Random random;
  private final Pools pools;
  private final ObjectMapper mapper = new ObjectMapper();

  FuzzInputs(OpenApiOperations api, Random random, Pools pools) {
    this.api = api;
    this.random = random;
    this.pools = pools;
  }

  List<FuzzRequest> requests(Operation operation, List<Kind> kinds) {
    List<FuzzRequest> requests = new ArrayList<>();
    for (Kind kind : kinds) {
      requests.add(request(operation, kind));
    }
    return requests;
  }

  private FuzzRequest request(Operation op, Kind kind) {
    boolean other = kind == Kind.OTHER_UNIT;
    String path = op.path();
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    List<Param> queryParams = new ArrayList<>();
    for (Param param : op.params()) {
      if (param.inPath()) {
        String value = kind == Kind.GARBAGE_PARAMS ? pick(GARBAGE) : valid(param, other);
        path = path.replace("{" + param.name() + "}", encodePathSegment(value));
      } else {
        queryParams.add(param);
      }
    }
    switch (kind) {
      case VALID, OTHER_UNIT -> pickSome(queryParams, 3).forEach(p -> query.add(pair(p.name(), valid(p, other))));
      case PAGING_AND_SORTING -> {
        for (Param p : queryParams) {
          switch (p.name()) {
            case "maxResults" -> query.add(pair(p.name(), pick(List.of("-5", "0", "2001", "99999999999"))));
            case "firstResult" -> query.add(pair(p.name(), pick(List.of("-1", "2147483648"))));
            case "sortBy" -> query.add(pair(p.name(), pick(List.of("nonexistent", "ID_; DROP TABLE x", "RES.ID_"))));
            case "sortOrder" -> query.add(pair(p.name(), pick(List.of("sideways", "asc; --"))));
            default -> {
            }
          }
        }
      }
      case GARBAGE_PARAMS, GARBAGE_BODY -> pickSome(queryParams, 4).forEach(p -> query.add(pair(p.name(),
          pick(GARBAGE))));
      default -> {
      }
    }
    if (kind == Kind.PATH_VARIANT) {
      // The same resource spelled differently: a trailing slash or a path parameter, as a guard might not expect.
      path = path + pick(List.of("/", ";x=1"));
    }
    String body = op.method().equals("POST") ? body(op, kind == Kind.PATH_VARIANT ? Kind.EXAMPLE : kind, other)
        : null;
    return new FuzzRequest(kind, op.method(), path + query, body);
  }

  private String body(Operation op, Kind kind, boolean other) {
    if (kind == Kind.GARBAGE_BODY || op.body() == null && kind == Kind.GARBAGE_PARAMS) {
      return pick(GARBAGE_BODIES);
    }
    JsonNode body;
    if (kind == Kind.EXAMPLE && !op.examples().isEmpty()) {
      body = op.examples().get(0);
    } else {
      body = op.body() == null ? NODES.objectNode() : generate(op.body(), "", 0, other);
    }
    if (kind == Kind.GARBAGE_PARAMS) {
      body = mutate(body.deepCopy());
    }
    try {
      return mapper.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A value of the schema's type, named like the field it fills. */
  private JsonNode generate(JsonNode schema, String field, int depth, boolean other) {
    JsonNode resolved = api.resolve(schema);
    if (resolved == null || depth > 3) {
      return NODES.nullNode();
    }
    String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "");
    switch (type) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
        while (properties.hasNext()) {
          Map.Entry<String, JsonNode> property = properties.next();
          if (random.nextBoolean()) {
            object.set(property.getKey(), generate(property.getValue(), property.getKey(), depth + 1, other));
          }
        }
        if (resolved.path("additionalProperties").isObject()) {
          object.set("fuzzVariable", generate(resolved.get("additionalProperties"), "value", depth + 1, other));
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        array.add(generate(resolved.path("items"), field, depth + 1, other));
        return array;
      }
      case "integer", "number" -> {
        return NODES.numberNode(1);
      }
      case "boolean" -> {
        return NODES.booleanNode(true);
      }
      default -> {
        List<String> allowed = new ArrayList<>();
        resolved.path("enum").forEach(value -> allowed.add(value.asText()));
        String format = resolved.path("format").asText(null);
        return NODES.textNode(valid(new Param(field, false, "string", format, allowed), other));
      }
    }
  }

  /** One to three fields of the body replaced by a value of a wrong type or a hostile string. */
  private JsonNode mutate(JsonNode body) {
    List<ObjectNode> objects = new ArrayList<>();
    collect(body, objects);
    if (objects.isEmpty()) {
      return NODES.textNode(pick(GARBAGE));
    }
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      ObjectNode target = objects.get(random.nextInt(objects.size()));
      List<String> names = new ArrayList<>();
      target.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() ? "unknownField" : pick(names);
      target.set(name, garbageNode());
    }
    return body;
  }

  private JsonNode garbageNode() {
    return switch (random.nextInt(7)) {
      case 0 -> NODES.numberNode(-1);
      case 1 -> NODES.numberNode(new java.math.BigDecimal("1e309"));
      case 2 -> NODES.numberNode(Long.MAX_VALUE);
      case 3 -> NODES.booleanNode(true);
      case 4 -> NODES.arrayNode().add(pick(GARBAGE));
      case 5 -> NODES.objectNode().put("value", pick(GARBAGE));
      default -> NODES.textNode(pick(GARBAGE));
    };
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node.isObject()) {
      objects.add((ObjectNode) node);
    }
    node.elements().forEachRemaining(child -> collect(child, objects));
  }

  /** A value of the parameter's type, chosen by its name from the pools. */
  private String valid(Param param, boolean other) {
    if (!param.allowed().isEmpty()) {
      return pick(param.allowed());
    }
    String name = param.name();
    String lower = name.toLowerCase();
    if (param.type().equals("boolean")) {
      return "true";
    }
    if (param.type().equals("integer") || param.type().equals("number")) {
      return name.equals("maxResults") ? "10" : name.equals("firstResult") ? "0" : "1";
    }
    if ("date-time".equals(param.format()) || lower.endsWith("before") || lower.endsWith("after")
        || lower.endsWith("date")) {
      return DATE;
    }
    if (lower.contains("tenant")) {
      return "fuzz-tenant";
    }
    if (lower.contains("group")) {
      return pools.groups().get(other ? 1 : 0);
    }
    if (lower.equals("username") || lower.equals("password")) {
      return "fuzz-" + lower; // never a real account: a wrong password would slow it down
    }
    if (lower.contains("user") || lower.contains("assignee") || lower.contains("owner")) {
      return other ? "akhead" : "bnhead";
    }
    if (lower.contains("key") && !lower.contains("business")) {
      return pick(pools.keys());
    }
    if (lower.equals("id") || lower.endsWith("id") || lower.endsWith("ids") || lower.endsWith("idin")
        || lower.contains("businesskey")) {
      return pick(other ? pools.otherIds() : pools.ownIds());
    }
    if (lower.contains("name")) {
      return pick(List.of("approved", "Đà Lạt", "anId"));
    }
    return pick(List.of("anId", "Đà Lạt", "approved"));
  }

  private <T> List<T> pickSome(List<T> from, int most) {
    List<T> chosen = new ArrayList<>();
    if (from.isEmpty()) {
      return chosen;
    }
    for (int i = 0; i < 1 + random.nextInt(most); i++) {
      T item = pick(from);
      if (!chosen.contains(item)) {
        chosen.add(item);
      }
    }
    return chosen;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static String pair(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Percent-encodes all but RFC 3986's unreserved characters, so a value never adds a path segment. */
  private static String encodePathSegment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
