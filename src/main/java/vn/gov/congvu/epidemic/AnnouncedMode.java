package vn.gov.congvu.epidemic;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.gov.congvu.epidemiclevel.CitizenReception;
import vn.gov.congvu.epidemiclevel.OperatingMode;

/** What the decision table required for this announcement, read back from the variables the diagram mapped. */
final class AnnouncedMode {

  private AnnouncedMode() {
  }

  static OperatingMode of(VariableScope scope) {
    return new OperatingMode(((Number) scope.getVariable(EpidemicProcess.VAR_LEVEL)).intValue(),
        ((Number) scope.getVariable(EpidemicProcess.VAR_ON_SITE_CAP)).intValue(),
        CitizenReception.valueOf((String) scope.getVariable(EpidemicProcess.VAR_REQUIRED_RECEPTION)),
        Boolean.TRUE.equals(scope.getVariable(EpidemicProcess.VAR_REQUIRED_ONLINE_MEETINGS)));
  }
}
