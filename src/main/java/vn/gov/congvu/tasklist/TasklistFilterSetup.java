package vn.gov.congvu.tasklist;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters at startup, each readable by everyone, and brings them up to date (matched by
 * name) when a new version changes a query or the columns the features declare. Nobody but {@code camunda-admin} is
 * granted FILTER CREATE, so no one else can add a filter with expressions.
 */
@Component
class TasklistFilterSetup implements SmartInitializingSingleton {

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final List<FilterColumns> columns;
  private final String owner;

  TasklistFilterSetup(FilterService filters, TaskService tasks, AuthorizationService authorizations,
      List<FilterColumns> columns, @Value("${camunda.bpm.admin-user.id:admin}") String owner) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.columns = columns;
    this.owner = owner;
  }

  @Override
  public void afterSingletonsInstantiated() {
    apply();
  }

  /** Returns how many filters were created or brought up to date: none when they already are. */
  int apply() {
    int changed = 0;
    for (SharedFilters.Definition definition : SharedFilters.ALL) {
      Filter wanted = filters.newTaskFilter(definition.name()).setOwner(owner)
          .setQuery(definition.query().apply(tasks)).setProperties(properties(definition));
      Filter existing = filters.createFilterQuery().filterName(definition.name()).singleResult();
      if (existing == null) {
        filters.saveFilter(wanted);
        shareWithEveryone(wanted.getId());
        changed++;
      } else if (!sameQuery(existing, wanted) || !Objects.equals(existing.getProperties(), wanted.getProperties())) {
        existing.setQuery(wanted.getQuery());
        existing.setProperties(wanted.getProperties());
        filters.saveFilter(existing);
        changed++;
      }
    }
    return changed;
  }

  private static boolean sameQuery(Filter existing, Filter wanted) {
    return ((FilterEntity) existing).getQueryInternal().equals(((FilterEntity) wanted).getQueryInternal());
  }

  private Map<String, Object> properties(SharedFilters.Definition definition) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", columns().stream().map(FilterColumn::asProperty).toList());
    return properties;
  }

  /** Every feature's columns, each name once: features share some (the reference), and a card showed them twice. */
  List<FilterColumn> columns() {
    Map<String, FilterColumn> byName = new LinkedHashMap<>();
    columns.stream().flatMap(c -> c.filterColumns().stream()).forEach(c -> byName.putIfAbsent(c.name(), c));
    return List.copyOf(byName.values());
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
