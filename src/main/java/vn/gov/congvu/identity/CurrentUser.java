package vn.gov.congvu.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the authentication filter put on the engine for this request. */
@Component
public class CurrentUser {

  private final IdentityService identity;

  CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  /** The authenticated user id; the filter guarantees one on every {@code /api} request. */
  public String id() {
    return authentication().getUserId();
  }

  public List<String> groups() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  /** The same user as the engine's steps see them: may they act on others' behalf. */
  public Caller caller() {
    return Caller.of(authentication());
  }

  public boolean isIn(String groupId) {
    return groups().contains(groupId);
  }

  private Authentication authentication() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("No authenticated user on this request");
    }
    return authentication;
  }
}
