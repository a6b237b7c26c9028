package vn.gov.congvu.tasklist;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.gov.congvu.engine.EveryUserTask;

/** Names every new task by its feature's {@link TaskTitles}, after the diagram's own create listeners ran. */
@Component
class TaskTitlePlugin extends AbstractProcessEnginePlugin {

  private final List<TaskTitles> titles;

  TaskTitlePlugin(@Lazy List<TaskTitles> titles) {
    this.titles = titles;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.append(configuration, TaskListener.EVENTNAME_CREATE, this::name);
  }

  private void name(DelegateTask task) {
    if (!(task.getExecution() instanceof ExecutionEntity execution)) {
      return;
    }
    String processKey = execution.getProcessDefinition().getKey();
    titles.stream().filter(t -> t.appliesTo(processKey)).findFirst()
        .flatMap(t -> t.titleOf(task.getTaskDefinitionKey(), task::getVariable)).ifPresent(title -> {
          task.setName(title.name());
          if (title.description() != null) {
            task.setDescription(title.description());
          }
        });
  }
}
