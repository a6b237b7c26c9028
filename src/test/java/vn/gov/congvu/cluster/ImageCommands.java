package vn.gov.congvu.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands an image has, to check a health check against: for a third-party image, a known list with the reason
 * it holds; for an image of ours, its base image's list plus what its Dockerfile installs or copies.
 */
record ImageCommands(String image, Set<String> commands, Set<String> paths) {

  /**
   * What the third-party images of docker-compose.yml are known to ship. Temurin's JRE images are a Java runtime on
   * Ubuntu: java and the shell, but no curl or wget in the current tags (the reason for this test).
   */
  private static final Map<String, List<String>> KNOWN = Map.of(
      "postgres:", List.of("sh", "bash", "pg_isready", "psql"), // the server image ships its client tools (Debian)
      "eclipse-temurin:", List.of("sh", "bash", "java"), // a JRE on Ubuntu; no curl, no wget
      "nginx:", List.of("sh", "bash", "nginx"), // Debian with nginx
      "axllent/mailpit", List.of("sh", "mailpit")); // Alpine with the mailpit binary
  /** Packages whose name is the command they install. */
  private static final Set<String> SAME_NAME = Set.of("curl", "wget", "netcat-openbsd", "busybox");
  private static final Set<String> SHELL_BUILTINS = Set.of("exit", "true", "false", "test", "[", "echo", ":");

  static ImageCommands thirdParty(String image) {
    List<String> known = KNOWN.entrySet().stream().filter(e -> image.startsWith(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new AssertionError("No known command list for image " + image
            + ": add one to ImageCommands.KNOWN with the reason"));
    return new ImageCommands(image, new HashSet<>(known), Set.of());
  }

  static ImageCommands built(Dockerfile dockerfile) {
    ImageCommands base = thirdParty(dockerfile.baseImage());
    Set<String> commands = new HashSet<>(base.commands());
    dockerfile.installedPackages().stream().filter(SAME_NAME::contains)
        .map(p -> p.equals("netcat-openbsd") ? "nc" : p).forEach(commands::add);
    return new ImageCommands(dockerfile.baseImage(), commands, new HashSet<>(dockerfile.copiedPaths()));
  }

  /** Fails unless every program the test runs is in the image, and any class path it names was put there. */
  void assertRuns(String where, List<String> test) {
    assertThat(test).as(where).isNotEmpty();
    if (test.get(0).equals("CMD-SHELL")) {
      assertThat(commands).as(where + ": the shell").contains("sh");
      for (String part : test.get(1).split("\\|\\||&&|;|\\|")) {
        String program = part.strip().split("\\s+")[0];
        if (!program.isEmpty() && !SHELL_BUILTINS.contains(program)) {
          assertThat(commands).as(where + ": " + program + " in " + image).contains(program);
        }
      }
      return;
    }
    assertThat(test.get(0)).as(where).isEqualTo("CMD");
    assertThat(commands).as(where + ": " + test.get(1) + " in " + image).contains(test.get(1));
    int classPath = test.indexOf("-cp");
    if (classPath > 0) {
      assertThat(paths).as(where + ": " + test.get(classPath + 1) + " copied into the image")
          .contains(test.get(classPath + 1));
      String mainClass = test.get(classPath + 2);
      assertThat(mainClass).as(where).startsWith("vn.gov.congvu.");
      try {
        assertThat(Class.forName(mainClass).getMethod("main", String[].class)).isNotNull();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(where + ": " + mainClass + " is not a main class of the application", e);
      }
    }
  }
}
