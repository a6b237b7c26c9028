package vn.gov.congvu.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting on the engine: a user (maybe an administrator) or, without an authentication, the application itself
 * (a timer, a test, a migration). Administrators and the application may act on anyone's behalf.
 */
public record Caller(String userId, boolean admin) {

  public static Caller of(Authentication authentication) {
    if (authentication == null) {
      return new Caller(null, false);
    }
    List<String> groups = authentication.getGroupIds();
    return new Caller(authentication.getUserId(), groups != null && groups.contains(Groups.CAMUNDA_ADMIN));
  }

  public boolean isSystem() {
    return userId == null;
  }

  public boolean isSystemOrAdmin() {
    return isSystem() || admin;
  }
}
