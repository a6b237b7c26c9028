package vn.gov.congvu.security;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the webapps' own queries by the engine's {@code queryMaxResultsLimit}. With the limit set, the engine refuses
 * every list asked for without {@code maxResults} ("An unbound number of results is forbidden!"), and Cockpit asks for
 * some lists that way: all versions of a definition for its version dropdown, first unbounded, then retrying with 50.
 * A request to the webapps' engine API without {@code maxResults} gets the limit as its {@code maxResults}; anything
 * above the limit is still refused by the engine, and {@code /engine-rest} still refuses unbounded lists.
 */
class WebappQueryLimitFilter extends OncePerRequestFilter {

  private static final String MAX_RESULTS = "maxResults";
  /** Read at each request: the engine's configuration may set its limit after this filter was created. */
  private final java.util.function.IntSupplier limit;

  WebappQueryLimitFilter(java.util.function.IntSupplier limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int max = limit.getAsInt();
    boolean unlimited = max == Integer.MAX_VALUE;
    chain.doFilter(unlimited || asksForMaxResults(request.getQueryString()) ? request : bounded(request, max),
        response);
  }

  /** Read from the query string: reading parameters would consume a form body meant for the API. */
  private static boolean asksForMaxResults(String query) {
    return query != null && Arrays.stream(query.split("&")).anyMatch(p -> p.split("=", 2)[0].equals(MAX_RESULTS));
  }

  private static HttpServletRequest bounded(HttpServletRequest request, int limit) {
    String query = request.getQueryString();
    String boundedQuery = (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + limit;
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        return boundedQuery; // what Jersey reads the query parameters from
      }
    };
  }
}
