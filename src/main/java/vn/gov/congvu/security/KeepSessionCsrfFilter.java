package vn.gov.congvu.security;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;

/**
 * Camunda's CSRF check for the webapps, except that a refused request leaves the session alone: Camunda's filter
 * also invalidated it, so any page able to make the browser send a request without the token logged the person out
 * (a forged request still gets its 403 and does nothing). Registered under Camunda's own filter name, which makes
 * the starter skip its copy.
 */
class KeepSessionCsrfFilter extends CsrfPreventionFilter {

  static final String CAMUNDA_FILTER_NAME = "CsrfPreventionFilter";

  @Override
  protected boolean doTokenValidation(HttpServletRequest request, HttpServletResponse response) throws IOException {
    return super.doTokenValidation(new HttpServletRequestWrapper(request) {
      @Override
      public HttpSession getSession() {
        return kept(super.getSession());
      }

      @Override
      public HttpSession getSession(boolean create) {
        return kept(super.getSession(create));
      }
    }, response);
  }

  /** The session, with {@code invalidate()} doing nothing. */
  private static HttpSession kept(HttpSession session) {
    if (session == null) {
      return null;
    }
    return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
        (proxy, method, args) -> {
          if (method.getName().equals("invalidate")) {
            return null;
          }
          try {
            return method.invoke(session, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
