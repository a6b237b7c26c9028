package vn.gov.congvu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every diagram as the process owner first sees it in Cockpit on a 1440×900 screen. The definition page fits the
 * process to its canvas: at that zoom a person must read every label without zooming in. A collapsed sub-process opens
 * (drill-down) at zoom 1 from the canvas's top-left corner: all of it must be on the canvas and none of it under the
 * breadcrumbs. Screens: target/e2e/diagram-&lt;key&gt;.png and diagram-&lt;key&gt;-&lt;sub-process&gt;.png.
 */
class CockpitDiagramsIT {

  /** Below this zoom Cockpit's 12 px names fall under 8.4 px on screen: too small to read without zooming in. */
  private static final double READABLE_SCALE = 0.7;

  /** The zoom, the canvas, the union of what is drawn and the breadcrumbs (0 × 0 when hidden), in screen pixels. */
  private static final String MEASURE = """
      var canvas = document.querySelector('.djs-container');
      var c = canvas.getBoundingClientRect();
      var drawn = [...canvas.querySelectorAll('.djs-element:not(.djs-root) .djs-visual')]
          .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
      var crumbs = canvas.querySelector('.bjs-breadcrumbs');
      var b = crumbs && crumbs.offsetParent ? crumbs.getBoundingClientRect() : {left: 0, top: 0, right: 0, bottom: 0};
      return {scale: canvas.querySelector('svg .viewport').transform.baseVal.consolidate().matrix.a,
        canvas: [c.left, c.top, c.right, c.bottom],
        drawn: [Math.min(...drawn.map(r => r.left)), Math.min(...drawn.map(r => r.top)),
          Math.max(...drawn.map(r => r.right)), Math.max(...drawn.map(r => r.bottom))],
        crumbs: [b.left, b.top, b.right, b.bottom],
        under: drawn.filter(r => r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top).length};
      """;

  @TempDir
  static Path temp;

  private static BrowserOnApplication on;

  @BeforeAll
  static void start() throws Exception {
    on = BrowserOnApplication.start(temp);
    on.browser().resize(1440, 900);
    on.browser().login("cockpit", "owner", "demo");
    on.browser().awaitText("Hồ sơ quy trình đang chạy");
  }

  @AfterAll
  static void stop() {
    if (on != null) {
      on.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"travel-approval", "incident-escalation", "monthly-reporting", "district-monthly-report",
      "epidemic-level-change"})
  void everyDiagramReadsAtCockpitsFirstZoom(String key) throws Exception {
    open(key, List.of());
    Map<String, Object> process = measure();
    on.browser().shot("diagram-" + key);
    assertThat(((Number) process.get("scale")).doubleValue()).as(key + ": " + process)
        .isGreaterThanOrEqualTo(READABLE_SCALE);

    List<List<String>> toVisit = new ArrayList<>(drillDowns(key, List.of()));
    while (!toVisit.isEmpty()) {
      List<String> path = toVisit.remove(0);
      open(key, path);
      Map<String, Object> plane = measure();
      String name = key + "-" + path.get(path.size() - 1);
      on.browser().shot("diagram-" + name);
      assertThat(((Number) plane.get("scale")).doubleValue()).as(name + ": " + plane)
          .isGreaterThanOrEqualTo(READABLE_SCALE);
      assertThat(within(plane)).as(name + ": all of it on the canvas " + plane).isTrue();
      assertThat(((Number) plane.get("under")).intValue()).as(name + ": shapes under the breadcrumbs " + plane)
          .isZero();
      toVisit.addAll(drillDowns(key, path));
    }
  }

  /** Opens the definition page and drills down through the collapsed sub-processes named by the path. */
  private static void open(String key, List<String> path) {
    String definition = definition(key);
    on.browser().open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
    on.browser().refresh();
    on.browser().await(By.cssSelector(".djs-container svg .djs-element"));
    on.browser().pause(1500); // Cockpit fits the diagram once its panels have their sizes
    for (String subProcess : path) {
      on.browser().click(By.cssSelector(".djs-overlays[data-container-id='" + subProcess + "'] .bjs-drilldown"));
      on.browser().pause(1000);
    }
  }

  private static String definition(String key) {
    return on.app().getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  /** The collapsed sub-processes one can drill into from the plane the path leads to (not the called processes). */
  private static List<List<String>> drillDowns(String key, List<String> path) {
    BpmnModelInstance model = on.app().getBean(ProcessEngine.class).getRepositoryService()
        .getBpmnModelInstance(definition(key));
    return on.browser().all(By.cssSelector(".djs-overlays")).stream()
        .filter(overlays -> overlays.findElements(By.cssSelector(".bjs-drilldown")).stream()
            .anyMatch(button -> button.isDisplayed()))
        .map(overlays -> overlays.getDomAttribute("data-container-id"))
        .filter(id -> model.getModelElementById(id) instanceof SubProcess).map(id -> {
          List<String> deeper = new ArrayList<>(path);
          deeper.add(id);
          return deeper;
        }).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> measure() {
    return (Map<String, Object>) on.browser().script(MEASURE);
  }

  @SuppressWarnings("unchecked")
  private static boolean within(Map<String, Object> plane) {
    List<Number> canvas = (List<Number>) plane.get("canvas");
    List<Number> drawn = (List<Number>) plane.get("drawn");
    return drawn.get(0).doubleValue() >= canvas.get(0).doubleValue()
        && drawn.get(1).doubleValue() >= canvas.get(1).doubleValue()
        && drawn.get(2).doubleValue() <= canvas.get(2).doubleValue()
        && drawn.get(3).doubleValue() <= canvas.get(3).doubleValue();
  }
}
