package vn.gov.congvu.tasklist;

import java.util.Map;

/** A process variable shown as a column of the shared Tasklist filters, with its Vietnamese label. */
public record FilterColumn(String name, String label) {

  Map<String, String> asProperty() {
    return Map.of("name", name, "label", label);
  }
}
