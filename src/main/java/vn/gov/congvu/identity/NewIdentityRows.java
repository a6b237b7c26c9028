package vn.gov.congvu.identity;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * New Camunda users and memberships, inserted in JDBC batches into the engine's own tables. The engine has no bulk
 * API: through the IdentityService, a city's 50,000 users and 107,000 memberships are some 200,000 nested commands
 * (new user, save, membership), each through every interceptor, flushed and ordered by the engine; that step was
 * close to half of a first import (docs/benchmark.md). Everything else the engine would do is done as it does it:
 * the rows its mappings insert (revision 1), the default authorizations of its {@link ResourceAuthorizationProvider}
 * (each user's own grant, with an id from its IdGenerator), the password salted and hashed by its PasswordManager
 * (once for the whole batch: the demo password, or outside the demo one nobody knows). The rows join the caller's
 * transaction; the engine caches no identity between commands, so nothing goes stale. Updates and deletions stay
 * with the IdentityService ({@link IdentityWrites}).
 */
@Repository
class NewIdentityRows {

  private final JdbcTemplate jdbc;
  private final ProcessEngineConfigurationImpl engine;
  private final String prefix;

  NewIdentityRows(JdbcTemplate jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.prefix = Objects.requireNonNullElse(this.engine.getDatabaseTablePrefix(), "");
  }

  /** Inserts these users, all with this password, and their default authorizations. */
  void insertUsers(Collection<DirectoryIdentity.Person> people, String password) {
    if (people.isEmpty()) {
      return;
    }
    UserEntity hashed = engine.getCommandExecutorTxRequired().execute(context -> {
      UserEntity user = new UserEntity("password-hash");
      user.setPassword(password);
      user.encryptPassword(); // the engine's salt generator and password manager
      return user;
    });
    jdbc.batchUpdate("INSERT INTO " + prefix + "ACT_ID_USER (ID_, FIRST_, LAST_, EMAIL_, PWD_, SALT_, REV_) "
        + "VALUES (?, ?, ?, ?, ?, ?, 1)", people.stream().map(p -> new Object[] {p.id(), p.firstName(), p.lastName(),
            p.email(), hashed.getPassword(), hashed.getSalt()}).toList());
    insertAuthorizations(people.stream().map(p -> {
      UserEntity user = new UserEntity(p.id());
      p.showOn(user);
      return user;
    }).toList(), ResourceAuthorizationProvider::newUser);
  }

  /** Inserts these memberships and whatever default authorizations the engine gives a new membership. */
  void insertMemberships(Collection<IdentityPlan.Membership> memberships) {
    jdbc.batchUpdate("INSERT INTO " + prefix + "ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) VALUES (?, ?)",
        memberships.stream().map(m -> new Object[] {m.userId(), m.groupId()}).toList());
    insertAuthorizations(List.copyOf(memberships),
        (provider, m) -> provider.groupMembershipCreated(m.groupId(), m.userId()));
  }

  private <T> void insertAuthorizations(List<T> items, Grants<T> grants) {
    if (items.isEmpty()) {
      return;
    }
    List<AuthorizationEntity> authorizations = engine.getCommandExecutorTxRequired().execute(context -> {
      ResourceAuthorizationProvider provider = engine.getResourceAuthorizationProvider();
      List<AuthorizationEntity> all = new ArrayList<>();
      items.forEach(item -> Stream.ofNullable(grants.of(provider, item)).flatMap(Arrays::stream).forEach(all::add));
      return all;
    });
    jdbc.batchUpdate("INSERT INTO " + prefix + "ACT_RU_AUTHORIZATION (ID_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, "
        + "RESOURCE_ID_, PERMS_, ROOT_PROC_INST_ID_, REMOVAL_TIME_, REV_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        authorizations.stream().map(a -> new Object[] {engine.getIdGenerator().getNextId(), a.getAuthorizationType(),
            a.getGroupId(), a.getUserId(), a.getResourceType(), a.getResourceId(), a.getPermissions(),
            a.getRootProcessInstanceId(), a.getRemovalTime() == null ? null
                : new Timestamp(a.getRemovalTime().getTime())}).toList());
  }

  /** The engine's default authorizations for one new item. */
  @FunctionalInterface
  private interface Grants<T> {
    AuthorizationEntity[] of(ResourceAuthorizationProvider provider, T item);
  }
}
