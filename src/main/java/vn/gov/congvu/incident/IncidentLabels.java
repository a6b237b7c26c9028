package vn.gov.congvu.incident;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import vn.gov.congvu.violation.ViolationHandling;

/**
 * The Vietnamese words people read for the codes a case keeps (contract values stay the process's): forms, the case
 * history and mails use these, never the code itself. A code no longer known is shown as it is rather than lost.
 */
final class IncidentLabels {

  private IncidentLabels() {
  }

  static String level(String code) {
    return label(EscalationLevel.class, code, EscalationLevel::label);
  }

  static String severity(String code) {
    return label(IncidentSeverity.class, code, IncidentSeverity::label);
  }

  static String category(String code) {
    return label(IncidentCategory.class, code, IncidentCategory::label);
  }

  static String source(String code) {
    return label(IncidentSource.class, code, IncidentSource::label);
  }

  /** A label inside a sentence: "Cao" → "cao". */
  static String lowerFirst(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  /** Code → label of every value, in the enum's order: the choices of a form's select. */
  static <E extends Enum<E>> Map<String, String> choices(Class<E> type, Function<E, String> label) {
    Map<String, String> choices = new LinkedHashMap<>();
    Arrays.stream(type.getEnumConstants()).forEach(value -> choices.put(value.name(), label.apply(value)));
    return choices;
  }

  static Map<String, String> handlings() {
    return choices(ViolationHandling.class, ViolationHandling::label);
  }

  private static <E extends Enum<E>> String label(Class<E> type, String code, Function<E, String> label) {
    if (code == null) {
      return "";
    }
    return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(code)).findFirst()
        .map(label).orElse(code);
  }
}
