package vn.gov.congvu.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link IdentityPlan} in the caller's transaction: new users and memberships, the bulk of a city's first
 * import, in JDBC batches ({@link NewIdentityRows}, which says why); groups, changed users, removed memberships and
 * deleted users through the engine's IdentityService, in commands of a few hundred items ({@link EngineBatches}).
 * Only the entities to update are read, by chunks; what to write came from bulk reads ({@link CamundaIdentityReader}).
 */
@Component
class IdentityWrites {

  private final IdentityService identity;
  private final NewIdentityRows rows;
  private final CommandExecutor commands;
  private final String demoPassword;

  IdentityWrites(IdentityService identity, NewIdentityRows rows, ProcessEngine engine,
      @Value("${app.demo.enabled:false}") boolean demo, @Value("${app.demo.password:}") String demoPassword) {
    this.identity = identity;
    this.rows = rows;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.demoPassword = demo ? demoPassword : null;
  }

  /** Writes the plan: groups, users, then memberships (which need both); returns the ids of the users created. */
  Set<String> apply(IdentityPlan plan) {
    saveGroups(plan.groups());
    rows.insertUsers(plan.newUsers(), demoPassword != null ? demoPassword : UnusablePasswords.random());
    Map<String, User> existing = byId(plan.changedUsers().stream().map(DirectoryIdentity.Person::id).toList(),
        ids -> identity.createUserQuery().userIdIn(ids).list(), User::getId);
    EngineBatches.inCommands(commands, plan.changedUsers(), people -> people.forEach(person -> {
      User user = existing.get(person.id());
      person.showOn(user);
      identity.saveUser(user);
    }));
    EngineBatches.inCommands(commands, plan.removed(), chunk -> chunk.forEach(
        m -> identity.deleteMembership(m.userId(), m.groupId())));
    rows.insertMemberships(plan.added());
    return plan.newUsers().stream().map(DirectoryIdentity.Person::id).collect(Collectors.toSet());
  }

  /** Deletes these users (their memberships and own authorizations with them), those Camunda still has. */
  void deleteUsers(Collection<String> userIds) {
    List<String> stillThere = EngineBatches.query(List.copyOf(userIds), ids -> identity.createUserQuery()
        .userIdIn(ids).list()).stream().map(User::getId).toList();
    EngineBatches.inCommands(commands, stillThere, ids -> ids.forEach(identity::deleteUser));
  }

  private void saveGroups(Map<String, String> names) {
    Map<String, Group> existing = byId(List.copyOf(names.keySet()), ids -> identity.createGroupQuery().groupIdIn(ids)
        .list(), Group::getId);
    EngineBatches.inCommands(commands, List.copyOf(names.keySet()), ids -> ids.forEach(id -> {
      Group group = existing.containsKey(id) ? existing.get(id) : identity.newGroup(id);
      group.setName(names.get(id));
      group.setType(IdentityPlan.WORKFLOW);
      identity.saveGroup(group);
    }));
  }

  private static <T> Map<String, T> byId(List<String> ids, Function<String[], List<T>> query,
      Function<T, String> id) {
    return EngineBatches.query(ids, query).stream().collect(Collectors.toMap(id, t -> t));
  }
}
