package vn.gov.congvu.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every refused login with the account and the remote address, on HTTP Basic ({@code /engine-rest},
 * {@code /api}) and on the webapps' login form: Camunda logs the account alone, and only when it locks it.
 */
class FailedLoginLogFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FailedLoginLogFilter.class);
  private static final String WEBAPP_LOGIN = "/login/";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String account = basicUser(request);
    if (account == null && "POST".equals(request.getMethod()) && request.getRequestURI().contains(WEBAPP_LOGIN)) {
      // The form is parsed by the servlet container already (the query guard reads parameters first).
      account = request.getParameter("username");
    }
    chain.doFilter(request, response);
    if (account != null && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      LOG.warn("Đăng nhập thất bại: tài khoản '{}' từ địa chỉ {} ({} {})", printable(account),
          request.getRemoteAddr(), request.getMethod(), printable(request.getRequestURI()));
    }
  }

  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return "(không đọc được)";
    }
  }

  /** Nothing an attacker typed may forge or break a log line: control characters out, length capped. */
  private static String printable(String text) {
    String cleaned = text.replaceAll("\\p{Cntrl}", "?");
    return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
  }
}
