package vn.gov.congvu.tasklist;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The filter columns of a new task, copied onto the task as its own variables. Tasklist reads a card's columns with
 * the user's rights, and the engine lets a user read the variables of a task they may read (its candidates and
 * assignee), but a process instance's variables only with READ on the instance, which no head or officer has (a user
 * touches only their own unit's work): without the copies a unit's candidates saw empty columns. The copies are for
 * reading, under names of their own (FilterColumn.copyName): the input guard refuses a client's change to any
 * variable its task does not accept, they write no history (CardCopiesUnrecorded), and they end with the task. Only
 * the columns the task's feature declares are copied, and only those with a value.
 */
final class ColumnCopies {

  private ColumnCopies() {
  }

  static void copy(DelegateTask task, List<FilterColumn> columns) {
    for (FilterColumn column : columns) {
      TypedValue value = task.getVariableTyped(column.name());
      if (value != null && value.getValue() != null) {
        task.setVariableLocal(column.copyName(), value);
      }
    }
  }
}
