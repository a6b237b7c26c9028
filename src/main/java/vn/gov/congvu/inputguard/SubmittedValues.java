package vn.gov.congvu.inputguard;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.gov.congvu.web.InputRejected;
import vn.gov.congvu.web.Texts;

/** Values as a client submitted them: plain, and free of control characters (a NUL breaks PostgreSQL's text). */
final class SubmittedValues {

  private SubmittedValues() {
  }

  /** The value; for an object or JSON value still serialized, the text the client sent (reading it would fail). */
  static Object plain(Object value) {
    if (value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
      return serialized.getValueSerialized();
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  /** Whether a submitted value is the one the task's case already holds under that name (a form's read-only field). */
  static boolean echoes(Object value, VariableScope scope, String name) {
    return !(value instanceof SerializableValue) // an object value is never an echo
        && scope.hasVariable(name) && String.valueOf(plain(value)).equals(String.valueOf(scope.getVariable(name)));
  }

  static void refuseControlCharacters(Map<String, Object> variables) {
    variables.forEach((name, value) -> {
      if (plain(value) instanceof String text && Texts.hasControlCharacter(text)) {
        throw InputRejected.invalid(name, "Có ký tự điều khiển không hợp lệ");
      }
    });
  }
}
