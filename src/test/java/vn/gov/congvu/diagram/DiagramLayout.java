package vn.gov.congvu.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A diagram's layout as bpmn-js draws it (Cockpit's viewer): shapes, the text of every label where it really lands
 * (external labels start at their DI position, wrap at 90 px in 11 px Arial; names inside activities wrap inside the
 * box less 7 px padding in 12 px Arial, centred) and the flows, one plane at a time.
 */
final class DiagramLayout {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  private static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);
  /** Chromium lays text out a little wider than Java measures the same font (seen in Cockpit: 3 lines, not 2). */
  private static final double CHROMIUM = 1.1;

  /** A drawn shape, the activity type it has (its local name) and the name it shows. */
  record Shape(String id, String type, String name, Rectangle2D box, boolean container, String attachedTo) {
  }

  /** The text of a label where it lands, and whose label it is. */
  record Label(String owner, String text, Rectangle2D box) {
  }

  /** A flow or association, its segments. */
  record Edge(String id, String source, String target, List<Line2D> segments) {
  }

  /** One plane: the process or a collapsed sub-process drawn on its own. */
  record Plane(String id, List<Shape> shapes, List<Label> labels, List<Edge> edges) {
  }

  private final Font embedded;
  private final Font external;

  DiagramLayout(String family) {
    embedded = new Font(family, Font.PLAIN, 12);
    external = new Font(family, Font.PLAIN, 11);
  }

  List<Plane> planes(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(file.toFile());
    Map<String, Element> elements = new java.util.HashMap<>();
    NodeList all = document.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("id")) {
        elements.put(element.getAttribute("id"), element);
      }
    }
    List<Plane> planes = new ArrayList<>();
    for (Element plane : children(document.getDocumentElement(), BPMNDI, "BPMNPlane")) {
      planes.add(plane(plane, elements));
    }
    return planes;
  }

  private Plane plane(Element plane, Map<String, Element> elements) {
    List<Shape> shapes = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    for (Element di : children(plane, BPMNDI, "BPMNShape")) {
      Element element = elements.get(di.getAttribute("bpmnElement"));
      String name = element.getAttribute("name");
      boolean container = "true".equals(di.getAttribute("isExpanded")) || "participant".equals(element.getLocalName());
      shapes.add(new Shape(element.getAttribute("id"), element.getLocalName(), name, bounds(di),
          container, element.getAttribute("attachedToRef")));
      label(di, element, name).ifPresent(labels::add);
    }
    for (Element di : children(plane, BPMNDI, "BPMNEdge")) {
      Element element = elements.get(di.getAttribute("bpmnElement"));
      List<Line2D> segments = new ArrayList<>();
      List<Element> points = children(di, DI, "waypoint");
      for (int i = 1; i < points.size(); i++) {
        segments.add(new Line2D.Double(number(points.get(i - 1), "x"), number(points.get(i - 1), "y"),
            number(points.get(i), "x"), number(points.get(i), "y")));
      }
      edges.add(new Edge(element.getAttribute("id"), element.getAttribute("sourceRef"),
          element.getAttribute("targetRef"), segments));
      label(di, element, element.getAttribute("name")).ifPresent(labels::add);
    }
    return new Plane(plane.getAttribute("bpmnElement"), shapes, labels, edges);
  }

  private java.util.Optional<Label> label(Element di, Element element, String name) {
    List<Element> label = children(di, BPMNDI, "BPMNLabel");
    if (name.isBlank() || label.isEmpty()) {
      return java.util.Optional.empty();
    }
    Rectangle2D at = bounds(label.get(0));
    List<String> lines = wrap(name, external, 90);
    double width = lines.stream().mapToDouble(line -> width(line, external)).max().orElse(0);
    return java.util.Optional.of(new Label(element.getAttribute("id"), name,
        new Rectangle2D.Double(at.getX(), at.getY(), width, lines.size() * 11 * 1.2)));
  }

  /** The lines bpmn-js breaks an activity's name into. */
  List<String> linesInside(Shape shape) {
    return wrap(shape.name(), embedded, shape.box().getWidth() - 14);
  }

  /** Where an activity's name is drawn: centred in the box, 14.4 px a line. */
  Rectangle2D nameBox(Shape shape) {
    List<String> lines = linesInside(shape);
    double width = lines.stream().mapToDouble(line -> width(line, embedded)).max().orElse(0);
    double height = lines.size() * 12 * 1.2;
    Rectangle2D box = shape.box();
    return new Rectangle2D.Double(box.getCenterX() - width / 2, box.getCenterY() - height / 2, width, height);
  }

  double widestWord(Shape shape) {
    return java.util.Arrays.stream(shape.name().split("\\s+")).mapToDouble(word -> width(word, embedded)).max()
        .orElse(0);
  }

  double maxWidthInside(Shape shape) {
    return shape.box().getWidth() - 14;
  }

  private static List<String> wrap(String text, Font font, double maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(longer, font) >= Math.round(maxWidth)) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(longer);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static double width(String text, Font font) {
    return font.getStringBounds(text, RENDERING).getWidth() * CHROMIUM;
  }

  private static Rectangle2D bounds(Element di) {
    Element bounds = children(di, DC, "Bounds").get(0);
    return new Rectangle2D.Double(number(bounds, "x"), number(bounds, "y"), number(bounds, "width"),
        number(bounds, "height"));
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, item -> item, (a, b) -> a));
  }
}
