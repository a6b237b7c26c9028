package vn.gov.congvu.tasklist;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.gov.congvu.engine.EveryUserTask;

/**
 * Makes every new task's card in Tasklist carry its case, after the diagram's own create listeners ran: a name by
 * its feature's {@link TaskTitles}, a priority by its {@link TaskPriorities}, and the columns of the shared filters
 * as copies on the task ({@link ColumnCopies}).
 */
@Component
class TaskCardPlugin extends AbstractProcessEnginePlugin {

  private final List<TaskTitles> titles;
  private final List<TaskPriorities> priorities;
  private final List<FilterColumns> columns;

  TaskCardPlugin(@Lazy List<TaskTitles> titles, @Lazy List<TaskPriorities> priorities,
      @Lazy List<FilterColumns> columns) {
    this.titles = titles;
    this.priorities = priorities;
    this.columns = columns;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.append(configuration, TaskListener.EVENTNAME_CREATE, this::prepare);
  }

  private void prepare(DelegateTask task) {
    if (!(task.getExecution() instanceof ExecutionEntity execution)) {
      return;
    }
    String processKey = execution.getProcessDefinition().getKey();
    name(task, processKey);
    priorities.stream().filter(p -> p.appliesTo(processKey)).findFirst()
        .flatMap(p -> p.priorityOf(task.getTaskDefinitionKey(), task::getVariable,
            ClockUtil.getCurrentTime().toInstant()))
        .ifPresent(priority -> task.setPriority(priority.value()));
    columns.stream().filter(c -> c.appliesTo(processKey)).findFirst()
        .ifPresent(declared -> ColumnCopies.copy(task, declared.filterColumns()));
  }

  private void name(DelegateTask task, String processKey) {
    titles.stream().filter(t -> t.appliesTo(processKey)).findFirst()
        .flatMap(t -> t.titleOf(task.getTaskDefinitionKey(), task::getVariable)).ifPresent(title -> {
          task.setName(title.name());
          if (title.description() != null) {
            task.setDescription(title.description());
          }
        });
  }
}
