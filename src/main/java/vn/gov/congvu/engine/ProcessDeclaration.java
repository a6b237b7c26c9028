package vn.gov.congvu.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * What a feature declares to a shared module is for one process, and for the processes it calls (call activities)
 * as parts of itself: the monthly cycle's district process has the same rules, derived variables and audited tasks.
 */
public interface ProcessDeclaration {

  /** The process definition key the declaration is for. */
  String processKey();

  /** Processes this one calls that the declaration covers too; none by default. */
  default Set<String> calledProcessKeys() {
    return Set.of();
  }

  /** The process and the ones it calls. */
  default Set<String> processKeys() {
    Set<String> keys = new HashSet<>(calledProcessKeys());
    keys.add(processKey());
    return keys;
  }

  /** Whether the declaration covers the process. */
  default boolean appliesTo(String processKey) {
    return processKeys().contains(processKey);
  }
}
