package vn.gov.congvu.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs a step on behalf of the system rather than of the user whose request triggered it: the monthly cycle counts
 * every unit's history and evaluates the grade table, the input guard reads a task's process definition, none of
 * which a single user may read.
 */
@Component
public class SystemAuthority {

  private final IdentityService identity;

  public SystemAuthority(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T run(Supplier<T> work) {
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

  public String callerId() {
    return caller().userId();
  }

  /** The user whose request runs this step, or the application itself. */
  public Caller caller() {
    return Caller.of(identity.getCurrentAuthentication());
  }
}
