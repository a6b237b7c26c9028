package vn.gov.congvu.reporting;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs a step on behalf of the system rather than of the user whose request triggered it: the cycle counts every
 * unit's history and evaluates the grade table, which no single user may read.
 */
@Component
class SystemAuthority {

  private final IdentityService identity;

  SystemAuthority(IdentityService identity) {
    this.identity = identity;
  }

  <T> T run(Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  String callerId() {
    Authentication caller = identity.getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }
}
