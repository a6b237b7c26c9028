package vn.gov.congvu.identity;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DemoOrganizationLoader;

/**
 * At startup, after the engine is built and before the web server accepts a login: load the demo organization (demo
 * profile only), derive Camunda's identity from the directory, and put the grants in place.
 */
@Component
public class IdentityStartup implements SmartInitializingSingleton {

  private final DemoOrganizationLoader demo;
  private final IdentitySync identity;
  private final AuthorizationSetup authorizations;
  private volatile SyncReport lastReport;

  IdentityStartup(DemoOrganizationLoader demo, IdentitySync identity, AuthorizationSetup authorizations) {
    this.demo = demo;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void afterSingletonsInstantiated() {
    demo.load();
    lastReport = identity.sync().withAuthorizations(authorizations.apply());
  }

  /** What the synchronisation at this start changed: all zero on a second start over an unchanged directory. */
  public SyncReport lastReport() {
    return lastReport;
  }
}
