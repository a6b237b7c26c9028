package vn.gov.congvu.security;

import java.io.IOException;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Camunda's HTTP Basic filter, without its anonymous allow-list ({@code /engine} and {@code /identity/verify}): every
 * call is authenticated, so nothing answers an anonymous caller and no password can be probed anonymously.
 * <p>
 * One addition: a GET of the project API from a browser signed in to the webapps counts as that user, so that a
 * Cockpit plugin ("Bảng điều hành") can read {@code /api/dashboard}. Only reads (a cross-site page cannot read the
 * answer), only without an Authorization header, and with the user's groups as the engine knows them now.
 */
class AlwaysAuthenticateFilter extends ProcessEngineAuthenticationFilter {

  static final String PROJECT_API = "/api/";
  private static final String ENGINE = "default";

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> signedIn = signedInToWebapps((HttpServletRequest) request);
    if (signedIn.isEmpty()) {
      super.doFilter(request, response, chain);
      return;
    }
    ProcessEngine engine = getAddressedEngine(ENGINE);
    try {
      setAuthenticatedUser(engine, signedIn.get(), getGroupsOfUser(engine, signedIn.get()),
          getTenantsOfUser(engine, signedIn.get()));
      chain.doFilter(request, response);
    } finally {
      clearAuthentication(engine);
    }
  }

  private static Optional<String> signedInToWebapps(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
        || !request.getRequestURI().startsWith(request.getContextPath() + PROJECT_API)) {
      return Optional.empty();
    }
    Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(ENGINE);
    return user == null ? Optional.empty() : Optional.ofNullable(user.getName());
  }
}
