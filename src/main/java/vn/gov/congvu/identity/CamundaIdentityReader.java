package vn.gov.congvu.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.gov.congvu.organization.DirectoryGroups;

/**
 * Reads Camunda's identity tables in bulk, read-only: the engine's queries go by user or by group (a membership
 * query per user made the start of a 50,000-person city take minutes) and it has no query for memberships at all.
 * Writes go through the engine ({@link IdentityWrites}).
 */
@Repository
class CamundaIdentityReader {

  private static final int CHUNK = 1_000;

  private final JdbcClient jdbc;
  private final String groups;
  private final String users;
  private final String memberships;

  CamundaIdentityReader(JdbcClient jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDatabaseTablePrefix();
    prefix = prefix == null ? "" : prefix;
    this.groups = "SELECT ID_, NAME_, TYPE_ FROM " + prefix + "ACT_ID_GROUP";
    this.users = "SELECT ID_, FIRST_, LAST_, EMAIL_ FROM " + prefix + "ACT_ID_USER";
    this.memberships = "SELECT USER_ID_, GROUP_ID_ FROM " + prefix + "ACT_ID_MEMBERSHIP";
  }

  /** Every group, user and membership: three queries whatever the size of the city. */
  CamundaIdentity all() {
    CamundaIdentity held = empty();
    jdbc.sql(groups).query(group(held));
    jdbc.sql(users).query(user(held));
    jdbc.sql(memberships).query(membership(held));
    return held;
  }

  /** These groups, and these users with their memberships: by chunks of ids; nothing read for no ids. */
  CamundaIdentity concerning(Collection<String> groupIds, Collection<String> userIds) {
    CamundaIdentity held = empty();
    chunks(groupIds, ids -> jdbc.sql(groups + " WHERE ID_ IN (:ids)").param("ids", ids).query(group(held)));
    chunks(userIds, ids -> {
      jdbc.sql(users + " WHERE ID_ IN (:ids)").param("ids", ids).query(user(held));
      jdbc.sql(memberships + " WHERE USER_ID_ IN (:ids)").param("ids", ids).query(membership(held));
    });
    return held;
  }

  private static CamundaIdentity empty() {
    return new CamundaIdentity(new HashMap<>(), new HashMap<>(), new HashMap<>());
  }

  private static void chunks(Collection<String> ids, Consumer<List<String>> read) {
    List<String> distinct = new ArrayList<>(new HashSet<>(ids));
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      read.accept(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
    }
  }

  private static RowCallbackHandler group(CamundaIdentity held) {
    return rs -> held.groups().put(rs.getString(1), new CamundaIdentity.HeldGroup(rs.getString(2), rs.getString(3)));
  }

  private static RowCallbackHandler user(CamundaIdentity held) {
    return rs -> held.users().put(rs.getString(1),
        new CamundaIdentity.HeldUser(rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  /** Only the groups the directory manages: other memberships (camunda-admin) are none of its business. */
  private static RowCallbackHandler membership(CamundaIdentity held) {
    return rs -> {
      String group = rs.getString(2);
      if (DirectoryGroups.isManaged(group)) {
        held.memberships().computeIfAbsent(rs.getString(1), u -> new HashSet<>()).add(group);
      }
    };
  }
}
