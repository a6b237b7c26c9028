package vn.gov.congvu.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The house rules the package graph must keep (README, Layout): features contribute to shared modules through
 * interfaces, never the other way round, so that a new process touches its own package and {@code processes/} only.
 */
class ArchitectureTest {

  static final String ROOT = "vn.gov.congvu";
  /** Shared modules: they declare interfaces and collect what features contribute. */
  static final String[] SHARED = {ROOT + ".audit..", ROOT + ".calendar..", ROOT + ".identity..",
      ROOT + ".notification..", ROOT + ".organization..", ROOT + ".security..", ROOT + ".web..", ROOT + ".history..",
      ROOT + ".inputguard..", ROOT + ".tasklist..", ROOT + ".reference..", ROOT + ".engine..", ROOT + ".cluster..",
      ROOT + ".violation..", ROOT + ".outbreak..", ROOT + ".database..", ROOT + ".epidemiclevel.."};
  /** Features: one process each (and what only it needs). */
  static final String[] FEATURES = {ROOT + ".travel..", ROOT + ".incident..", ROOT + ".reporting..",
      ROOT + ".epidemic..", ROOT + ".directory..", ROOT + ".dashboard.."};

  static final java.util.Set<String> SHARED_NAMES = names(SHARED);
  static final java.util.Set<String> FEATURE_NAMES = names(FEATURES);

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

  private static java.util.Set<String> names(String[] patterns) {
    return java.util.Arrays.stream(patterns).map(p -> p.substring(ROOT.length() + 1, p.length() - 2))
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void sharedModulesNeverImportAFeature() {
    noClasses().that().resideInAnyPackage(SHARED).should().dependOnClassesThat().resideInAnyPackage(FEATURES)
        .check(MAIN);
  }

  /**
   * javac inlines constants ({@code TravelProcess.KEY}) into the classes that use them, so ArchUnit, which reads
   * accesses, does not see a package that only borrows another's constants; jdeps reads the class files' constant
   * pools, which keep them. The same two rules, on that graph.
   */
  @Test
  void constantsDoNotBendTheGraphEither() {
    PackageGraph graph = PackageGraph.ofClasses("target/classes", ROOT);
    assertThat(graph.edgesFrom(SHARED_NAMES)).as("shared modules -> features")
        .noneMatch(edge -> FEATURE_NAMES.contains(edge.to()));
    assertThat(graph.cycles()).as("cycles between top-level packages").isEmpty();
  }

  @Test
  void delegatesAndListenersDependOnServicesNotOnTheDatabase() {
    noClasses().that().implement(JavaDelegate.class).or().implement(TaskListener.class).should()
        .dependOnClassesThat().areAnnotatedWith(Repository.class)
        .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
        .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
        .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
        .check(MAIN);
  }
}
