package vn.gov.congvu.tasklist;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters at startup, idempotently (matched by name), each readable by everyone. Nobody
 * but {@code camunda-admin} is granted FILTER CREATE, so no one else can add a filter with expressions.
 */
@Component
class TasklistFilterSetup implements SmartInitializingSingleton {

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final String owner;

  TasklistFilterSetup(FilterService filters, TaskService tasks, AuthorizationService authorizations,
      @Value("${camunda.bpm.admin-user.id:admin}") String owner) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.owner = owner;
  }

  @Override
  public void afterSingletonsInstantiated() {
    apply();
  }

  /** Returns how many filters were created. */
  int apply() {
    int created = 0;
    for (SharedFilters.Definition definition : SharedFilters.ALL) {
      if (filters.createFilterQuery().filterName(definition.name()).count() > 0) {
        continue;
      }
      Filter filter = filters.newTaskFilter(definition.name()).setOwner(owner)
          .setQuery(definition.query().apply(tasks)).setProperties(properties(definition));
      filters.saveFilter(filter);
      shareWithEveryone(filter.getId());
      created++;
    }
    return created;
  }

  private Map<String, Object> properties(SharedFilters.Definition definition) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", SharedFilters.COLUMNS.stream().map(FilterColumn::asProperty).toList());
    return properties;
  }

  private void shareWithEveryone(String filterId) {
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filterId);
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }
}
