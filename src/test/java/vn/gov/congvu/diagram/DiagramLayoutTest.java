package vn.gov.congvu.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.congvu.diagram.DiagramLayout.Edge;
import vn.gov.congvu.diagram.DiagramLayout.Label;
import vn.gov.congvu.diagram.DiagramLayout.Plane;
import vn.gov.congvu.diagram.DiagramLayout.Shape;

/**
 * Every diagram reads in Cockpit without zooming into a tangle: no label lies on a shape (its own included), another
 * label or a flow; no shape lies on another (but a boundary event on its host); an activity's name fits its box in at
 * most as many lines as leave its type icon and its bottom marker clear. The text is measured in Liberation Sans, the
 * Arial Cockpit's Chromium draws with on Debian (CongVu's machines and CI).
 */
class DiagramLayoutTest {

  private static final double LINE = 12 * 1.2;
  /** How far a task's type icon reaches down from its top, and a marker (+, |||, loop) up from its bottom. */
  private static final double ICON = 24;
  private static final double MARKER = 20;
  private static final Set<String> ICONS = Set.of("userTask", "serviceTask", "sendTask", "receiveTask",
      "businessRuleTask", "manualTask", "scriptTask");

  @ParameterizedTest
  @ValueSource(strings = {"travel-approval", "incident-escalation", "monthly-reporting", "district-monthly-report",
      "epidemic-level-change"})
  void nothingIsDrawnOverAnythingElse(String key) throws Exception {
    String family = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
        .filter(name -> name.equals("Liberation Sans") || name.equals("Arial")).findFirst().orElse(null);
    Assumptions.assumeTrue(family != null, "apt-get install fonts-liberation to measure labels as Chromium does");
    DiagramLayout layout = new DiagramLayout(family);
    List<String> defects = new ArrayList<>();
    for (Plane plane : layout.planes(Path.of("processes", key + ".bpmn"))) {
      defects.addAll(defects(plane, layout).stream().map(defect -> plane.id() + ": " + defect).toList());
    }
    assertThat(defects).as(key).isEmpty();
  }

  static List<String> defects(Plane plane, DiagramLayout layout) {
    List<String> defects = new ArrayList<>();
    List<Shape> solid = plane.shapes().stream().filter(shape -> !shape.container()).toList();
    for (int i = 0; i < solid.size(); i++) {
      for (Shape other : solid.subList(i + 1, solid.size())) {
        Shape shape = solid.get(i);
        if (shape.box().intersects(other.box()) && !shape.id().equals(other.attachedTo())
            && !other.id().equals(shape.attachedTo())) {
          defects.add("shape " + shape.id() + " on shape " + other.id());
        }
      }
    }
    List<Label> labels = plane.labels();
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      solid.stream().filter(shape -> shape.box().intersects(label.box()))
          .forEach(shape -> defects.add("label of " + label.owner() + " on shape " + shape.id()));
      labels.subList(i + 1, labels.size()).stream().filter(other -> other.box().intersects(label.box()))
          .forEach(other -> defects.add("label of " + label.owner() + " on label of " + other.owner()));
      plane.edges().stream().filter(edge -> !edge.id().equals(label.owner()) && crosses(edge, label.box()))
          .forEach(edge -> defects.add("label of " + label.owner() + " on flow " + edge.id()));
    }
    for (Shape activity : solid) {
      if (activity.box().getWidth() < 80 || activity.name().isBlank()) {
        continue; // events and gateways: their names are external labels
      }
      List<String> lines = layout.linesInside(activity);
      double height = activity.box().getHeight();
      double top = (height - lines.size() * LINE) / 2;
      boolean icon = ICONS.contains(activity.type());
      boolean marker = Set.of("callActivity", "subProcess").contains(activity.type());
      if (layout.widestWord(activity) > layout.maxWidthInside(activity) || top < 4
          || icon && top < ICON || marker && height - top - lines.size() * LINE < MARKER) {
        defects.add("name of " + activity.id() + " does not fit its box: " + lines);
      }
      Rectangle2D name = layout.nameBox(activity);
      solid.stream().filter(shape -> shape != activity && shape.box().intersects(name))
          .forEach(shape -> defects.add("shape " + shape.id() + " on the name of " + activity.id()));
    }
    return defects;
  }

  private static boolean crosses(Edge edge, Rectangle2D box) {
    return edge.segments().stream().anyMatch(segment -> segment.intersects(box));
  }
}
