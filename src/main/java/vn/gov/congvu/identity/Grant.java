package vn.gov.congvu.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One GRANT authorization that the application keeps in place for a group. */
record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

  static Grant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(groupId, resource, resourceId, List.of(permissions));
  }
}
