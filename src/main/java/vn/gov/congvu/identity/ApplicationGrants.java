package vn.gov.congvu.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;

/**
 * Who may do what, besides task work and starting processes (which the features declare, {@link StartGrants}):
 * Camunda grants READ and TASK_WORK on a task to its candidates by itself ({@code defaultUserPermissionNameForTask}),
 * so a user sees only the tasks meant for them or their unit's role. Only {@code camunda-admin} deploys: nobody else
 * is granted DEPLOYMENT CREATE.
 */
final class ApplicationGrants {

  private static final String ANY = "*";

  private ApplicationGrants() {
  }

  static List<Grant> all() {
    String staff = DirectoryGroups.STAFF;
    String owners = DirectoryGroups.PROCESS_OWNERS;
    return List.of(
        Grant.of(staff, APPLICATION, "tasklist", ACCESS),
        Grant.of(staff, PROCESS_INSTANCE, ANY, CREATE),
        Grant.of(owners, APPLICATION, "cockpit", ACCESS),
        // "Bảng điều hành" in Cockpit: heads see their units' figures there, Home Affairs the city's (no process
        // definition is readable to them, so Cockpit's other pages stay empty for them).
        Grant.of(DirectoryGroups.UNIT_HEADS, APPLICATION, "cockpit", ACCESS),
        Grant.of(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS), APPLICATION, "cockpit", ACCESS),
        Grant.of(owners, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK,
            ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE),
        Grant.of(owners, PROCESS_INSTANCE, ANY, READ),
        Grant.of(owners, TASK, ANY, READ),
        Grant.of(owners, DECISION_DEFINITION, ANY, READ, READ_HISTORY),
        Grant.of(owners, DECISION_REQUIREMENTS_DEFINITION, ANY, READ),
        Grant.of(owners, DEPLOYMENT, ANY, READ),
        Grant.of(owners, USER, ANY, READ),
        Grant.of(owners, GROUP, ANY, READ));
  }
}
