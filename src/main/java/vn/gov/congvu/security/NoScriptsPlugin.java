package vn.gov.congvu.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Refuses to deploy a diagram with a script anywhere: a script task, a {@code camunda:script} in an execution or task
 * listener or an input/output mapping, or a script condition (a condition with a {@code language}). Scripts have no
 * compiler, no unit test and run arbitrary code on the server; Java beans and expressions do the work here. The
 * refusal is a parse error, so the engine REST API answers 400 with its message.
 */
@Component
class NoScriptsPlugin extends AbstractProcessEnginePlugin {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Set<String> CAMUNDA = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseRootElement(Element root, List<ProcessDefinitionEntity> processDefinitions) {
        refuseScripts(root, root.attribute("id"));
      }
    });
  }

  private static void refuseScripts(Element element, String owner) {
    String id = element.attribute("id") != null ? element.attribute("id") : owner;
    String kind = scriptKind(element);
    if (kind != null) {
      throw new BpmnParseException("Sơ đồ có " + kind + " ở phần tử '" + id + "': ứng dụng không nhận script "
          + "(JavaScript, Groovy...) trong sơ đồ, hãy dùng Java delegate hoặc biểu thức", element);
    }
    for (Element child : element.elements()) {
      refuseScripts(child, id);
    }
  }

  private static String scriptKind(Element element) {
    if (BPMN.equals(element.getUri()) && element.getTagName().equals("scriptTask")) {
      return "script task";
    }
    if (CAMUNDA.contains(element.getUri()) && element.getTagName().equals("script")) {
      return "camunda:script";
    }
    if (BPMN.equals(element.getUri()) && element.attribute("language") != null) {
      return "điều kiện bằng script";
    }
    return null;
  }
}
