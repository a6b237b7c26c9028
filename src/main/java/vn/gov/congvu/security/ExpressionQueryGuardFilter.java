package vn.gov.congvu.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.congvu.web.JsonErrors;

/**
 * Rejects with 400 any request to the engine REST API or the webapps' API that carries an {@code ...Expression} key
 * in its parameters or, at any depth, in its JSON body (mitigation of the 2026 orQueries expression weakness of
 * Camunda 7.24 CE, fixed only in enterprise patches). Stored filters keep their expressions: only administrators may
 * create them.
 */
class ExpressionQueryGuardFilter extends OncePerRequestFilter {

  private static final int MAX_BODY = 1024 * 1024;
  private final ObjectMapper mapper;
  private final JsonErrors errors;

  ExpressionQueryGuardFilter(ObjectMapper mapper, JsonErrors errors) {
    this.mapper = mapper;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> parameter = Collections.list(request.getParameterNames()).stream()
        .filter(ExpressionKeys::isExpressionKey).findFirst();
    if (parameter.isPresent()) {
      reject(response, parameter.get());
      return;
    }
    HttpServletRequest forwarded = request;
    if (hasBody(request)) {
      byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        errors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE",
            "Request body larger than 1 MiB");
        return;
      }
      Optional<String> key = keyIn(body);
      if (key.isPresent()) {
        reject(response, key.get());
        return;
      }
      forwarded = new CachedBodyRequest(request, body);
    }
    chain.doFilter(forwarded, response);
  }

  private boolean hasBody(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().contains("json");
  }

  private Optional<String> keyIn(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      JsonNode tree = mapper.readTree(body);
      return ExpressionKeys.inJson(tree, mapper);
    } catch (IOException notJson) {
      return Optional.empty(); // the API itself answers malformed JSON with 400
    }
  }

  private void reject(HttpServletResponse response, String key) throws IOException {
    errors.write(response, HttpServletResponse.SC_BAD_REQUEST, "EXPRESSION_NOT_ALLOWED",
        "Query field '" + key + "' is not allowed: expressions are not accepted in queries");
  }
}
