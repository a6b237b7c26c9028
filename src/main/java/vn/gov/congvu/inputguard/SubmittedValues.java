package vn.gov.congvu.inputguard;

import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.gov.congvu.web.InputRejected;
import vn.gov.congvu.web.Texts;

/** Values as a client submitted them: plain, and free of control characters (a NUL breaks PostgreSQL's text). */
final class SubmittedValues {

  private SubmittedValues() {
  }

  static Object plain(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  static void refuseControlCharacters(Map<String, Object> variables) {
    variables.forEach((name, value) -> {
      if (plain(value) instanceof String text && Texts.hasControlCharacter(text)) {
        throw InputRejected.invalid(name, "Có ký tự điều khiển không hợp lệ");
      }
    });
  }
}
