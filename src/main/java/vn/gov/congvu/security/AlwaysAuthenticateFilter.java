package vn.gov.congvu.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter, without its anonymous allow-list ({@code /engine} and {@code /identity/verify}): every
 * call is authenticated, so nothing answers an anonymous caller and no password can be probed anonymously.
 */
class AlwaysAuthenticateFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
