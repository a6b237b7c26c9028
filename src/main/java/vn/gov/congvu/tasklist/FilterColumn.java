package vn.gov.congvu.tasklist;

import java.util.Map;

/**
 * A process variable shown as a column of the shared Tasklist filters, with its Vietnamese label. The column reads
 * the task's copy of it ({@link ColumnCopies}), which has a name of its own: a completion's variables, set on the
 * task, then never land on the copy instead of the process, and a query for the process variable finds only it.
 */
public record FilterColumn(String name, String label) {

  static final String COPY_PREFIX = "card_";

  String copyName() {
    return COPY_PREFIX + name;
  }

  static boolean isCopy(String variableName) {
    return variableName != null && variableName.startsWith(COPY_PREFIX);
  }

  Map<String, String> asProperty() {
    return Map.of("name", copyName(), "label", label);
  }
}
