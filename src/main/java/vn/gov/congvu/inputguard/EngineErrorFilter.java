package vn.gov.congvu.inputguard;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.gov.congvu.web.InputRejected;
import vn.gov.congvu.web.JsonErrors;

/**
 * On the engine REST API and Tasklist's path to the engine: a command the application refused (or lost to a
 * simultaneous change) is answered with the refusal's own status and the Vietnamese message alone, never with the
 * engine's "Cannot complete task … ENGINE-03051 …" wrapped in a 500. Only changes are buffered (what reads return is
 * streamed as it is); the body of a refusal is small.
 */
class EngineErrorFilter extends OncePerRequestFilter {

  private final JsonErrors errors;

  EngineErrorFilter(JsonErrors errors) {
    this.errors = errors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    ClientRefusals.forget();
    try {
      chain.doFilter(request, buffered);
      Optional<InputRejected> refused = ClientRefusals.take();
      if (refused.isPresent() && buffered.getStatus() >= 400) {
        buffered.resetBuffer();
        InputRejected why = refused.get();
        errors.writeEngine(buffered, why.status(), why.code(), why.field(), why.reason());
      }
      buffered.copyBodyToResponse();
    } finally {
      ClientRefusals.forget();
    }
  }
}
