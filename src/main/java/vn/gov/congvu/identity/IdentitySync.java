package vn.gov.congvu.identity;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationRepository;

/**
 * Derives Camunda users, groups and memberships from the organization directory, idempotently: a second run changes
 * nothing, and a changed directory row propagates. Passwords are set only when a user is created.
 */
@Service
public class IdentitySync {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySync.class);
  private static final String WORKFLOW = "WORKFLOW";

  private final IdentityService identity;
  private final OrganizationRepository directory;
  private final String initialPassword;

  IdentitySync(IdentityService identity, OrganizationRepository directory,
      @Value("${app.demo.enabled:false}") boolean demo, @Value("${app.demo.password:}") String demoPassword) {
    this.identity = identity;
    this.directory = directory;
    this.initialPassword = demo ? demoPassword : null;
  }

  public SyncReport sync() {
    DirectoryIdentity wanted = DirectoryIdentity.of(directory.units(), directory.staff(), directory.processOwners());
    int groups = syncGroups(wanted.groupNames());
    int users = syncUsers(wanted.users());
    int memberships = syncMemberships(wanted);
    SyncReport report = new SyncReport(groups, users, memberships, 0);
    LOG.info("Identity synchronised from the directory: {}", report);
    return report;
  }

  private int syncGroups(Map<String, String> names) {
    int changed = 0;
    for (Map.Entry<String, String> wanted : names.entrySet()) {
      Group group = identity.createGroupQuery().groupId(wanted.getKey()).singleResult();
      if (group == null) {
        group = identity.newGroup(wanted.getKey());
      } else if (wanted.getValue().equals(group.getName()) && WORKFLOW.equals(group.getType())) {
        continue;
      }
      group.setName(wanted.getValue());
      group.setType(WORKFLOW);
      identity.saveGroup(group);
      changed++;
    }
    return changed;
  }

  private int syncUsers(Map<String, DirectoryIdentity.Person> people) {
    int changed = 0;
    for (DirectoryIdentity.Person person : people.values()) {
      User user = identity.createUserQuery().userId(person.id()).singleResult();
      boolean created = user == null;
      if (created) {
        user = identity.newUser(person.id());
        user.setPassword(initialPassword != null ? initialPassword
            : UnusablePasswords.forUser(person.id(), person.firstName(), person.lastName(), person.email()));
      } else if (person.isShownBy(user)) {
        continue;
      }
      person.showOn(user);
      identity.saveUser(user);
      changed++;
    }
    return changed;
  }

  private int syncMemberships(DirectoryIdentity wanted) {
    int changed = 0;
    for (Map.Entry<String, Set<String>> entry : wanted.memberships().entrySet()) {
      Set<String> current = managedGroupsOf(entry.getKey());
      for (String group : entry.getValue()) {
        if (!current.contains(group)) {
          identity.createMembership(entry.getKey(), group);
          changed++;
        }
      }
      for (String group : current) {
        if (!entry.getValue().contains(group)) {
          identity.deleteMembership(entry.getKey(), group);
          changed++;
        }
      }
    }
    // Someone removed from the directory keeps their Camunda login but loses every directory role.
    for (String group : wanted.groupNames().keySet()) {
      for (User member : identity.createUserQuery().memberOfGroup(group).list()) {
        if (!wanted.memberships().containsKey(member.getId())) {
          identity.deleteMembership(member.getId(), group);
          changed++;
        }
      }
    }
    return changed;
  }

  private Set<String> managedGroupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .filter(DirectoryGroups::isManaged).collect(Collectors.toSet());
  }
}
