package vn.gov.congvu.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes the contract's error body {@code {"error", "message"}} from servlet filters, outside Spring MVC. */
final class JsonErrors {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonErrors() {
  }

  static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    MAPPER.writeValue(response.getOutputStream(), Map.of("error", error, "message", message));
  }
}
