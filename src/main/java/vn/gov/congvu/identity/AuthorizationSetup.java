package vn.gov.congvu.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Service;

/** Keeps the application's grants in place, idempotently: a grant already there is left alone. */
@Service
public class AuthorizationSetup {

  private final AuthorizationService authorizations;
  private final List<StartGrants> starts;

  AuthorizationSetup(AuthorizationService authorizations, List<StartGrants> starts) {
    this.authorizations = authorizations;
    this.starts = starts;
  }

  /** Returns how many authorizations were created or widened. */
  public int apply() {
    List<Grant> grants = new ArrayList<>(ApplicationGrants.all());
    starts.forEach(feature -> grants.addAll(feature.startGrants()));
    return apply(grants);
  }

  int apply(List<Grant> grants) {
    int changed = 0;
    for (Grant grant : grants) {
      Authorization existing = authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(grant.groupId())
          .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
      Authorization authorization = existing != null ? existing : newGrant(grant);
      boolean missing = existing == null;
      for (Permission permission : grant.permissions()) {
        if (!authorization.isPermissionGranted(permission)) {
          authorization.addPermission(permission);
          missing = true;
        }
      }
      if (missing) {
        authorizations.saveAuthorization(authorization);
        changed++;
      }
    }
    return changed;
  }

  private Authorization newGrant(Grant grant) {
    // The resource comes first: permissions are checked against its type.
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.groupId());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }
}
