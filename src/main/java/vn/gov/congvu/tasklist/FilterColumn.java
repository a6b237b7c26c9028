package vn.gov.congvu.tasklist;

import java.util.Map;

/** A process variable shown as a column of a Tasklist filter, with its Vietnamese label. */
record FilterColumn(String name, String label) {

  Map<String, String> asProperty() {
    return Map.of("name", name, "label", label);
  }
}
