package vn.gov.congvu.tasklist;

import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The four Tasklist filters every user shares. Their expressions are evaluated by the engine for the logged-in user
 * when the filter runs; they are code, which is why only the administrator may create filters.
 */
final class SharedFilters {

  static final String MINE = "Việc của tôi";
  static final String UNIT = "Việc của đơn vị";
  static final String OVERDUE = "Quá hạn";
  static final String DUE_SOON = "Sắp đến hạn";

  /** One shared filter: name, description, Tasklist order and its query. */
  record Definition(String name, String description, int priority, String color,
      Function<TaskService, TaskQuery> query) {
  }

  static final List<Definition> ALL = List.of(
      new Definition(MINE, "Công việc đã giao cho tôi", -10, "#3a7bd5",
          tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
      new Definition(UNIT, "Công việc của nhóm, đơn vị tôi chưa có người nhận", -9, "#2e8b57",
          tasks -> tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .taskUnassigned()),
      new Definition(OVERDUE, "Công việc đã quá hạn xử lý", -8, "#c0392b",
          tasks -> tasks.createTaskQuery().dueBeforeExpression("${now()}")),
      new Definition(DUE_SOON, "Công việc đến hạn trong một ngày làm việc tới", -7, "#e67e22",
          tasks -> tasks.createTaskQuery().dueAfterExpression("${now()}")
              .dueBeforeExpression(DueSoon.EXPRESSION)));

  private SharedFilters() {
  }
}
