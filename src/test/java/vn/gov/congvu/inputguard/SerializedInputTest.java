package vn.gov.congvu.inputguard;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

/**
 * A serialized object in a client's command (the engine REST API accepts them in any body) is read as the text sent:
 * reading its value deserialized it, which failed, and the guard answered 500 (found by the engine REST fuzz).
 */
class SerializedInputTest {

  private static final String SERIALIZED = "rO0ABXQAAWE=";

  @Test
  void aSerializedObjectIsReadAsTheTextSentNotDeserialized() {
    ObjectValue object = Variables.serializedObjectValue(SERIALIZED)
        .serializationDataFormat("application/x-java-serialized-object").objectTypeName("java.lang.String").create();
    CompleteTaskCmd command = new CompleteTaskCmd("task", Variables.createVariables().putValueTyped("x", object));

    EngineCommand asked = EngineCommand.of(command).orElseThrow();

    Object value = ((EngineCommand.OnTask) asked).variables().get("x");
    assertThat(SubmittedValues.plain(value)).isEqualTo(SERIALIZED);
  }
}
