package vn.gov.congvu.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import vn.gov.congvu.web.JsonErrors;

/**
 * Closes Admin's first-run setup endpoint for good: the administrator is created from configuration at startup, and
 * in 7.24 CE the endpoint counts only direct members of {@code camunda-admin}, so it could be tricked into creating
 * another administrator once the application is set up (2026 weakness, fixed only in enterprise patches).
 */
class AdminSetupLockFilter extends OncePerRequestFilter {

  private final JsonErrors errors;

  AdminSetupLockFilter(JsonErrors errors) {
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    errors.write(response, HttpServletResponse.SC_FORBIDDEN, "SETUP_CLOSED",
        "Initial setup is disabled: the administrator is configured at startup");
  }
}
