package vn.gov.congvu.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.OrganizationRepository;

/**
 * Derives Camunda users, groups and memberships from the organization directory, idempotently: a second run changes
 * nothing, and a changed directory row propagates. It works from the difference: the directory and Camunda's identity
 * tables are read in bulk (a few queries, whatever the size of the city), compared in memory, and only what differs is
 * written. Passwords are set only when a user is created. Someone removed from the directory keeps their Camunda
 * login but loses every directory role.
 */
@Service
public class IdentitySync {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySync.class);

  private final OrganizationRepository directory;
  private final CamundaIdentityReader camunda;
  private final IdentityWrites writes;

  IdentitySync(OrganizationRepository directory, CamundaIdentityReader camunda, IdentityWrites writes) {
    this.directory = directory;
    this.camunda = camunda;
    this.writes = writes;
  }

  public SyncReport sync() {
    long t0 = System.nanoTime();
    DirectoryIdentity wanted = DirectoryIdentity.of(directory.units(), directory.staff(), directory.processOwners());
    IdentityPlan plan = IdentityPlan.of(wanted, camunda.all(), wanted.groupNames().keySet(), wanted.users().keySet(),
        true);
    if (!plan.isEmpty()) {
      writes.apply(plan);
    }
    SyncReport report = new SyncReport(plan.groups().size(), plan.newUsers().size() + plan.changedUsers().size(),
        plan.added().size() + plan.removed().size(), 0);
    LOG.info("Identity synchronised from the directory in {} ms: {}", (System.nanoTime() - t0) / 1_000_000, report);
    return report;
  }
}
