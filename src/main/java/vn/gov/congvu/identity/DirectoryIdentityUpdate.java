package vn.gov.congvu.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;

/**
 * Makes Camunda's users, groups and memberships follow a change of the directory, at once and in the caller's
 * transaction. Unlike {@link IdentitySync} (every user, a query each) it works from the difference: what the
 * directory derived before and after is compared in memory, Camunda is read only for the rows that differ, and
 * every write goes through the IdentityService inside one engine command, so the engine flushes them together in
 * JDBC batches. A city of 50,000 staff is created in one pass; a file that changes nothing reads nothing.
 */
@Service
public class DirectoryIdentityUpdate {

  private static final String WORKFLOW = "WORKFLOW";
  private static final int CHUNK = 500;

  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engine;
  private final String demoPassword;

  DirectoryIdentityUpdate(IdentityService identity, ProcessEngine processEngine,
      @Value("${app.demo.enabled:false}") boolean demo, @Value("${app.demo.password:}") String demoPassword) {
    this.identity = identity;
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
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
    Set<String> created = new HashSet<>();
    Set<String> regrouped = new HashSet<>();
    Set<String> deleted = new HashSet<>();
    int[] counts = new int[2];
    engine.getCommandExecutorTxRequired().execute(context -> {
      counts[0] = groups(was, wanted);
      users(was, wanted, created, deleted);
      counts[1] = memberships(was, wanted, created, regrouped);
      return null;
    });
    // Counted after the command: its writes are flushed at its end, and a query inside it would not see them.
    Set<String> emptied = new HashSet<>();
    for (Map.Entry<String, Set<String>> entry : was.memberships().entrySet()) {
      Set<String> now = wanted.memberships().getOrDefault(entry.getKey(), Set.of());
      entry.getValue().stream().filter(g -> !now.contains(g) && !emptied.contains(g))
          .filter(g -> identity.createUserQuery().memberOfGroup(g).count() == 0).forEach(emptied::add);
    }
    return new IdentityChanges(created, regrouped, deleted, emptied, counts[0], counts[1]);
  }

  private int groups(DirectoryIdentity was, DirectoryIdentity wanted) {
    List<String> changed = wanted.groupNames().entrySet().stream()
        .filter(e -> !e.getValue().equals(was.groupNames().get(e.getKey()))).map(Map.Entry::getKey).toList();
    Map<String, Group> existing = chunks(changed, ids -> identity.createGroupQuery().groupIdIn(ids).list())
        .stream().collect(Collectors.toMap(Group::getId, g -> g));
    int count = 0;
    for (String id : changed) {
      Group group = existing.get(id);
      String name = wanted.groupNames().get(id);
      if (group == null || !name.equals(group.getName()) || !WORKFLOW.equals(group.getType())) {
        group = group != null ? group : identity.newGroup(id);
        group.setName(name);
        group.setType(WORKFLOW);
        identity.saveGroup(group);
        count++;
      }
    }
    return count;
  }

  private void users(DirectoryIdentity was, DirectoryIdentity wanted, Set<String> created, Set<String> deleted) {
    was.users().keySet().stream().filter(id -> !wanted.users().containsKey(id)).forEach(deleted::add);
    chunks(List.copyOf(deleted), ids -> identity.createUserQuery().userIdIn(ids).list())
        .forEach(user -> identity.deleteUser(user.getId()));
    List<String> changed = wanted.users().values().stream()
        .filter(p -> !p.equals(was.users().get(p.id()))).map(DirectoryIdentity.Person::id).toList();
    Map<String, User> existing = chunks(changed, ids -> identity.createUserQuery().userIdIn(ids).list())
        .stream().collect(Collectors.toMap(User::getId, u -> u));
    for (String id : changed) {
      DirectoryIdentity.Person person = wanted.users().get(id);
      User user = existing.get(id);
      if (user == null) {
        user = identity.newUser(id);
        user.setPassword(demoPassword != null ? demoPassword
            : UnusablePasswords.forUser(id, person.firstName(), person.lastName(), person.email()));
        created.add(id);
      } else if (Objects.equals(user.getFirstName(), person.firstName())
          && Objects.equals(user.getLastName(), person.lastName()) && Objects.equals(user.getEmail(), person.email())) {
        continue;
      }
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      identity.saveUser(user);
    }
  }

  private int memberships(DirectoryIdentity was, DirectoryIdentity wanted, Set<String> created,
      Set<String> regrouped) {
    int count = 0;
    for (Map.Entry<String, Set<String>> entry : wanted.memberships().entrySet()) {
      String userId = entry.getKey();
      Set<String> before = was.memberships().get(userId);
      if (!created.contains(userId) && entry.getValue().equals(before)) {
        continue;
      }
      Set<String> current = created.contains(userId) ? Set.of()
          : identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
              .filter(DirectoryGroups::isManaged).collect(Collectors.toSet());
      for (String group : entry.getValue()) {
        if (!current.contains(group)) {
          identity.createMembership(userId, group);
          count++;
        }
      }
      for (String group : current) {
        if (!entry.getValue().contains(group)) {
          identity.deleteMembership(userId, group);
          count++;
        }
      }
      if (before != null && !entry.getValue().equals(before)) {
        regrouped.add(userId);
      }
    }
    return count;
  }

  private static <T> List<T> chunks(List<String> ids, Function<String[], List<T>> query) {
    List<T> found = new java.util.ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      found.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new)));
    }
    return found;
  }
}
