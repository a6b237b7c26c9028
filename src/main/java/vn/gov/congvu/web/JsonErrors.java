package vn.gov.congvu.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the contract's error body {@code {"error", "message"}} from servlet filters, outside Spring MVC, with
 * Boot's own JSON mapper. On the engine's paths the body also carries Camunda's {@code type}, as its clients expect.
 */
@Component
public class JsonErrors {

  private final ObjectMapper mapper;

  JsonErrors(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public void write(HttpServletResponse response, int status, String error, String message) throws IOException {
    write(response, status, Map.of("error", error, "message", message));
  }

  /**
   * The same body with Camunda's exception {@code type} first, for the engine REST API and Tasklist's path: the
   * Vietnamese reason alone as the message Tasklist shows, and the field apart, for a form to show it there.
   */
  public void writeEngine(HttpServletResponse response, int status, String error, String field, String reason)
      throws IOException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("error", error);
    body.put("field", field);
    body.put("message", reason);
    write(response, status, body);
  }

  private void write(HttpServletResponse response, int status, Map<String, String> body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    mapper.writeValue(response.getOutputStream(), body);
  }
}
