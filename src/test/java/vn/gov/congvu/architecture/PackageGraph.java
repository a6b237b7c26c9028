package vn.gov.congvu.architecture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * The dependencies between the top-level packages of the application, as the JDK's {@code jdeps} reads them from the
 * class files (the same as {@code jdeps -verbose:package -e 'vn\.gov\.congvu.*' target/classes}).
 */
record PackageGraph(Map<String, Set<String>> edges) {

  record Edge(String from, String to) {
  }

  private static final Pattern LINE = Pattern.compile("^\\s*(\\S+)\\s+->\\s+(\\S+)");

  static PackageGraph ofClasses(String classes, String root) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package",
        "-filter:none", "-e", root.replace(".", "\\.") + "\\..*", classes);
    if (status != 0) {
      throw new IllegalStateException("jdeps failed: " + out);
    }
    Map<String, Set<String>> edges = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      Matcher m = LINE.matcher(line);
      if (m.find() && m.group(1).startsWith(root + ".") && m.group(2).startsWith(root + ".")) {
        String from = top(m.group(1), root);
        String to = top(m.group(2), root);
        if (!from.equals(to)) {
          edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
      }
    }
    return new PackageGraph(edges);
  }

  private static String top(String pkg, String root) {
    return pkg.substring(root.length() + 1).split("\\.")[0];
  }

  List<Edge> edgesFrom(Collection<String> packages) {
    List<Edge> found = new ArrayList<>();
    edges.forEach((from, tos) -> {
      if (packages.contains(from)) {
        tos.forEach(to -> found.add(new Edge(from, to)));
      }
    });
    return found;
  }

  /** Each package that can reach itself, with one path back: empty for an acyclic graph. */
  List<List<String>> cycles() {
    List<List<String>> cycles = new ArrayList<>();
    for (String start : edges.keySet()) {
      List<String> path = pathBack(start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
      if (path != null) {
        cycles.add(path);
      }
    }
    return cycles;
  }

  private List<String> pathBack(String start, String at, List<String> path, Set<String> seen) {
    for (String next : edges.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        return cycle;
      }
      if (seen.add(next)) {
        path.add(next);
        List<String> found = pathBack(start, next, path, seen);
        if (found != null) {
          return found;
        }
        path.remove(path.size() - 1);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    edges.forEach((from, tos) -> text.append(from).append(" -> ").append(String.join(", ", tos)).append('\n'));
    return text.toString();
  }
}
