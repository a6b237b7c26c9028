package vn.gov.congvu.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.AuthorizationSetup;
import vn.gov.congvu.identity.DirectoryIdentityUpdate;
import vn.gov.congvu.identity.IdentityChanges;
import vn.gov.congvu.identity.SystemAuthority;
import vn.gov.congvu.organization.DirectoryChange;
import vn.gov.congvu.organization.Unit;

/**
 * Applies a changeset in the caller's transaction, for imports and day-to-day changes alike: the directory rows,
 * then Camunda's identity and grants, then open work, then first-login links for people new to Camunda (the demo
 * gives them the demo password instead). Engine work runs as the system: the caller's right to change the directory
 * was checked before, and a head of Home Affairs may not otherwise touch other units' tasks.
 */
@Component
class DirectoryApplier {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryApplier.class);

  private final DirectoryStore store;
  private final DirectoryIdentityUpdate identity;
  private final AuthorizationSetup authorizations;
  private final OpenWork openWork;
  private final PasswordLinks links;
  private final SystemAuthority system;
  private final boolean demo;

  DirectoryApplier(DirectoryStore store, DirectoryIdentityUpdate identity, AuthorizationSetup authorizations,
      OpenWork openWork, PasswordLinks links, SystemAuthority system,
      @Value("${app.demo.enabled:false}") boolean demo) {
    this.store = store;
    this.identity = identity;
    this.authorizations = authorizations;
    this.openWork = openWork;
    this.links = links;
    this.system = system;
    this.demo = demo;
  }

  /** What followed a change, for the response and the log. */
  record Applied(IdentityChanges identity, int tasksReturned, int linksSent) {
  }

  Applied apply(Changeset changes, String by) {
    long t0 = System.nanoTime();
    Set<String> known = new HashSet<>(changes.unitsBefore().stream().map(Unit::id).toList());
    store.insertUnits(changes.unitWrites().stream().filter(u -> !known.contains(u.id())).toList());
    store.updateUnits(changes.unitWrites().stream().filter(u -> known.contains(u.id())).toList());
    store.insertMembers(changes.memberWrites().stream().filter(m -> !changes.membersBefore().containsKey(m.userId()))
        .toList());
    store.updateMembers(changes.memberWrites().stream().filter(m -> changes.membersBefore().containsKey(m.userId()))
        .toList());
    long t1 = System.nanoTime();
    IdentityChanges followed = system.run(() -> identity.follow(changes.unitsBefore(), changes.unitsAfter(),
        Changeset.active(changes.membersBefore()), Changeset.active(changes.membersAfter())));
    if (followed.groupsChanged() > 0) {
      system.run(authorizations::apply);
    }
    long t2 = System.nanoTime();
    Set<String> movedOrLeft = new HashSet<>(followed.regroupedUsers());
    movedOrLeft.addAll(followed.deletedUsers());
    int returned = system.run(() -> openWork.follow(new DirectoryChange(followed.emptiedGroups(), movedOrLeft)));
    links.revoke(followed.deletedUsers());
    List<Member> newcomers = changes.membersAfter().values().stream()
        .filter(m -> followed.createdUsers().contains(m.userId())).toList();
    long t3 = System.nanoTime();
    if (!demo && !newcomers.isEmpty()) {
      links.issue(newcomers, by);
    }
    LOG.info("Directory change applied: rows {} ms, identity {} ms, open work {} ms, links {} ms",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
    return new Applied(followed, returned, demo ? 0 : newcomers.size());
  }
}
