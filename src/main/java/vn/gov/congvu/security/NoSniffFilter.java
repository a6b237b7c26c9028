package vn.gov.congvu.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Content-Type-Options: nosniff} on the APIs, errors included (set before anything can answer): a browser
 * must never run a JSON or CSV answer, or an error echoing input, as a script or page. The webapps get it from
 * Camunda's own header filter.
 */
class NoSniffFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }
}
