package vn.gov.congvu.history;

import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Writes that skip a variable already holding the value: the engine stores and historizes every set, even a no-op. */
public final class VariableWrites {

  private VariableWrites() {
  }

  public static void setIfChanged(VariableScope scope, Map<String, ?> values) {
    values.forEach((name, value) -> setIfChanged(scope, name, value));
  }

  public static void setIfChanged(VariableScope scope, String name, Object value) {
    if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }
}
