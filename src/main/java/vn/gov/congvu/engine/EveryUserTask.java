package vn.gov.congvu.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts a task listener on every user task of every diagram as it is deployed, so a rule no diagram can forget
 * (audit, input checks) needs no line in any diagram.
 */
public final class EveryUserTask {

  private EveryUserTask() {
  }

  /** Appends the listener: it runs after the diagram's own listeners for the event. */
  public static void append(ProcessEngineConfigurationImpl configuration, String event, TaskListener listener) {
    add(configuration, definition -> definition.addTaskListener(event, listener));
  }

  /** Puts the listener among the engine's built-in ones: it runs before the diagram's own listeners. */
  public static void prepend(ProcessEngineConfigurationImpl configuration, String event, TaskListener listener) {
    add(configuration, definition -> definition.addBuiltInTaskListener(event, listener));
  }

  private static void add(ProcessEngineConfigurationImpl configuration,
      java.util.function.Consumer<TaskDefinition> change) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    BpmnParseListener listener = new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        change.accept(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
      }
    };
    configuration.getCustomPostBPMNParseListeners().add(listener);
  }
}
