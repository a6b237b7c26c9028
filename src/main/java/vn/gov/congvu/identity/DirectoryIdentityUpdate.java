package vn.gov.congvu.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;

/**
 * Makes Camunda's users, groups and memberships follow a change of the directory, at once and in the caller's
 * transaction. Unlike {@link IdentitySync} (the whole directory against the whole of Camunda) it works from the
 * change: what the directory derived before and after is compared in memory, Camunda is read in bulk only for the
 * groups and people who differ ({@link CamundaIdentityReader}), and only what Camunda lacks is written
 * ({@link IdentityWrites}). A file that changes nothing reads and writes nothing.
 */
@Service
public class DirectoryIdentityUpdate {

  private final IdentityService identity;
  private final CamundaIdentityReader camunda;
  private final IdentityWrites writes;

  DirectoryIdentityUpdate(IdentityService identity, CamundaIdentityReader camunda, IdentityWrites writes) {
    this.identity = identity;
    this.camunda = camunda;
    this.writes = writes;
  }

  /**
   * {@code before} and {@code after}: the staff concerned, as they were and are in the directory (people who left
   * are in {@code before} only). The caller runs with no engine authentication: this is the directory's own doing.
   */
  public IdentityChanges follow(Collection<Unit> unitsBefore, Collection<Unit> unitsAfter,
      Collection<StaffMember> before, Collection<StaffMember> after) {
    DirectoryIdentity was = DirectoryIdentity.of(unitsBefore, before, List.of());
    DirectoryIdentity wanted = DirectoryIdentity.of(unitsAfter, after, List.of());
    Set<String> deleted = was.users().keySet().stream().filter(id -> !wanted.users().containsKey(id))
        .collect(Collectors.toSet());
    writes.deleteUsers(deleted);

    List<String> groups = wanted.groupNames().entrySet().stream()
        .filter(e -> !e.getValue().equals(was.groupNames().get(e.getKey()))).map(Map.Entry::getKey).toList();
    List<String> changed = wanted.users().keySet().stream().filter(id -> !wanted.users().get(id)
        .equals(was.users().get(id)) || !wanted.memberships().get(id).equals(was.memberships().get(id))).toList();
    IdentityPlan plan = IdentityPlan.of(wanted, camunda.concerning(groups, changed), groups, changed, false);
    Set<String> created = writes.apply(plan);
    Set<String> regrouped = changed.stream().filter(id -> was.memberships().containsKey(id)
        && !wanted.memberships().get(id).equals(was.memberships().get(id))).collect(Collectors.toSet());
    return new IdentityChanges(created, regrouped, deleted, emptied(was, wanted), plan.groups().size(),
        plan.added().size() + plan.removed().size());
  }

  /** Groups that lost a member and now have none; counted after the commands, whose writes are flushed then. */
  private Set<String> emptied(DirectoryIdentity was, DirectoryIdentity wanted) {
    Set<String> losing = new HashSet<>();
    was.memberships().forEach((userId, groups) -> groups.stream()
        .filter(g -> !wanted.memberships().getOrDefault(userId, Set.of()).contains(g)).forEach(losing::add));
    return losing.stream().filter(g -> identity.createUserQuery().memberOfGroup(g).count() == 0)
        .collect(Collectors.toSet());
  }
}
