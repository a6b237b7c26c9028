package vn.gov.congvu.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A Dockerfile read as text: its final stage's base image, what it installs and copies, its HEALTHCHECK. */
record Dockerfile(String text, List<String> lines) {

  private static final Pattern INSTALL = Pattern.compile("(?:apt-get|apt|apk|dnf|yum|microdnf)\\s+(?:-\\S+\\s+)*"
      + "(?:install|add)\\s+([^&|;]+)");

  static Dockerfile read(Path path) throws IOException {
    String text = Files.readString(path);
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : text.split("\\n")) {
      String line = raw.strip();
      if (line.startsWith("#") || line.isEmpty() && current.isEmpty()) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
      } else {
        lines.add(current.append(line).toString().strip());
        current.setLength(0);
      }
    }
    return new Dockerfile(text, lines);
  }

  /** The image the last stage starts from: what the container runs on. */
  String baseImage() {
    return finalStage().get(0).split("\\s+")[1];
  }

  /** Packages the last stage installs. */
  List<String> installedPackages() {
    List<String> packages = new ArrayList<>();
    for (String line : finalStage()) {
      Matcher install = INSTALL.matcher(line);
      while (line.startsWith("RUN") && install.find()) {
        for (String word : install.group(1).trim().split("\\s+")) {
          if (!word.startsWith("-")) {
            packages.add(word.split("=")[0]);
          }
        }
      }
    }
    return packages;
  }

  /** Paths the last stage puts in the image (COPY and ADD destinations). */
  List<String> copiedPaths() {
    return finalStage().stream().filter(l -> l.startsWith("COPY") || l.startsWith("ADD"))
        .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
  }

  /** The HEALTHCHECK's command in exec form, "CMD" first, as compose writes a test. */
  List<String> healthCheck() throws IOException {
    String line = finalStage().stream().filter(l -> l.startsWith("HEALTHCHECK")).findFirst().orElseThrow();
    String json = line.substring(line.indexOf('[', line.indexOf(" CMD ")));
    List<String> test = new ArrayList<>(List.of("CMD"));
    for (Object word : new ObjectMapper().readValue(json, List.class)) {
      test.add(word.toString());
    }
    return test;
  }

  private List<String> finalStage() {
    int from = 0;
    for (int i = 0; i < lines.size(); i++) {
      from = lines.get(i).startsWith("FROM ") ? i : from;
    }
    return lines.subList(from, lines.size());
  }
}
