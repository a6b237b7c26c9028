package vn.gov.congvu.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;

/**
 * Makes Camunda's users, groups and memberships follow a change of the directory, at once and in the caller's
 * transaction. Unlike {@link IdentitySync} (every user, several queries each) it works from the difference: what the
 * directory derived before and after is compared in memory, Camunda is read only for the people who differ, and each
 * person's user and memberships are written through the IdentityService in the same engine command (see
 * {@link EngineBatches}). A file that changes nothing reads nothing.
 */
@Service
public class DirectoryIdentityUpdate {

  private static final String WORKFLOW = "WORKFLOW";
  /** Past this many people, all users are read in one query rather than by chunks of ids. */
  private static final int READ_ALL_USERS = 2_000;

  private final IdentityService identity;
  private final CommandExecutor commands;
  private final String demoPassword;

  DirectoryIdentityUpdate(IdentityService identity, ProcessEngine engine,
      @Value("${app.demo.enabled:false}") boolean demo, @Value("${app.demo.password:}") String demoPassword) {
    this.identity = identity;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.demoPassword = demo ? demoPassword : null;
  }

  /**
   * {@code before} and {@code after}: the staff concerned, as they were and are in the directory (people who left
   * are in {@code before} only). The caller runs with no engine authentication: this is the directory's own doing.
   */
  public IdentityChanges follow(Collection<Unit> unitsBefore, Collection<Unit> unitsAfter,
      Collection<StaffMember> before, Collection<StaffMember> after) {
    DirectoryIdentity was = DirectoryIdentity.of(unitsBefore, before, List.of());
    DirectoryIdentity wanted = DirectoryIdentity.of(unitsAfter, after, List.of());
    int groups = groups(was, wanted);
    Set<String> deleted = was.users().keySet().stream().filter(id -> !wanted.users().containsKey(id))
        .collect(Collectors.toSet());
    List<String> stillThere = EngineBatches.query(List.copyOf(deleted), ids -> identity.createUserQuery()
        .userIdIn(ids).list()).stream().map(User::getId).toList();
    EngineBatches.inCommands(commands, stillThere, ids -> ids.forEach(identity::deleteUser));

    List<String> changed = wanted.users().keySet().stream().filter(id -> !wanted.users().get(id)
        .equals(was.users().get(id)) || !wanted.memberships().get(id).equals(was.memberships().get(id))).toList();
    Map<String, User> existing = users(changed);
    Set<String> created = new HashSet<>();
    Set<String> regrouped = new HashSet<>();
    int[] memberships = new int[1];
    EngineBatches.inCommands(commands, changed, ids -> ids.forEach(id -> {
      save(wanted.users().get(id), existing.get(id), created);
      Set<String> groupsBefore = was.memberships().get(id);
      if (created.contains(id) || !wanted.memberships().get(id).equals(groupsBefore)) {
        memberships[0] += regroup(id, wanted.memberships().get(id), created.contains(id));
        if (groupsBefore != null && !wanted.memberships().get(id).equals(groupsBefore)) {
          regrouped.add(id);
        }
      }
    }));
    return new IdentityChanges(created, regrouped, deleted, emptied(was, wanted), groups, memberships[0]);
  }

  private int groups(DirectoryIdentity was, DirectoryIdentity wanted) {
    List<String> changed = wanted.groupNames().entrySet().stream()
        .filter(e -> !e.getValue().equals(was.groupNames().get(e.getKey()))).map(Map.Entry::getKey).toList();
    Map<String, Group> existing = EngineBatches.query(changed, ids -> identity.createGroupQuery().groupIdIn(ids)
        .list()).stream().collect(Collectors.toMap(Group::getId, g -> g));
    int[] count = new int[1];
    EngineBatches.inCommands(commands, changed, ids -> ids.forEach(id -> {
      Group group = existing.get(id);
      String name = wanted.groupNames().get(id);
      if (group == null || !name.equals(group.getName()) || !WORKFLOW.equals(group.getType())) {
        group = group != null ? group : identity.newGroup(id);
        group.setName(name);
        group.setType(WORKFLOW);
        identity.saveGroup(group);
        count[0]++;
      }
    }));
    return count[0];
  }

  private Map<String, User> users(List<String> ids) {
    List<User> found = ids.size() > READ_ALL_USERS ? identity.createUserQuery().list()
        : EngineBatches.query(ids, chunk -> identity.createUserQuery().userIdIn(chunk).list());
    return found.stream().collect(Collectors.toMap(User::getId, u -> u));
  }

  private void save(DirectoryIdentity.Person person, User existing, Set<String> created) {
    User user = existing;
    if (user == null) {
      user = identity.newUser(person.id());
      user.setPassword(demoPassword != null ? demoPassword
          : UnusablePasswords.forUser(person.id(), person.firstName(), person.lastName(), person.email()));
      created.add(person.id());
    } else if (person.isShownBy(user)) {
      return;
    }
    person.showOn(user);
    identity.saveUser(user);
  }

  private int regroup(String userId, Set<String> wantedGroups, boolean created) {
    Set<String> current = created ? Set.of() : identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).filter(DirectoryGroups::isManaged).collect(Collectors.toSet());
    int count = 0;
    for (String group : wantedGroups) {
      if (!current.contains(group)) {
        identity.createMembership(userId, group);
        count++;
      }
    }
    for (String group : current) {
      if (!wantedGroups.contains(group)) {
        identity.deleteMembership(userId, group);
        count++;
      }
    }
    return count;
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
