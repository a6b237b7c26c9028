package vn.gov.congvu.identity;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What Camunda's identity tables hold, read in bulk: groups, users and each user's memberships of the groups the
 * directory manages (a user without such a membership is absent from {@code memberships}).
 */
record CamundaIdentity(Map<String, HeldGroup> groups, Map<String, HeldUser> users,
    Map<String, Set<String>> memberships) {

  /** A group's name and type as Camunda holds them. */
  record HeldGroup(String name, String type) {
  }

  /** A user's names and e-mail as Camunda holds them. */
  record HeldUser(String firstName, String lastName, String email) {

    boolean shows(DirectoryIdentity.Person person) {
      return Objects.equals(firstName, person.firstName()) && Objects.equals(lastName, person.lastName())
          && Objects.equals(email, person.email());
    }
  }

  Set<String> membershipsOf(String userId) {
    return memberships.getOrDefault(userId, Set.of());
  }
}
