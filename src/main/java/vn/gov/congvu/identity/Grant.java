package vn.gov.congvu.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/** One GRANT authorization that the application keeps in place for a group. */
public record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

  public static Grant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(groupId, resource, resourceId, List.of(permissions));
  }

  /** The group may see the process definition and start instances of it. */
  public static Grant start(String groupId, String processKey) {
    return of(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
  }
}
