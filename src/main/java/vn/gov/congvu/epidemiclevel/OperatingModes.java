package vn.gov.congvu.epidemiclevel;

import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import vn.gov.congvu.identity.SystemAuthority;

/**
 * What a level requires, from the latest version of the decision table {@code operating-mode}: a process owner
 * changes the rules by deploying a new version, and reports and tasks read the new rules from then on.
 */
@Service
public class OperatingModes {

  public static final String DECISION = "operating-mode";
  public static final String IN_LEVEL = "level";
  public static final String OUT_CAP = "onSiteCapPercent";
  public static final String OUT_RECEPTION = "citizenReception";
  public static final String OUT_MEETINGS = "onlineMeetings";

  private final DecisionService decisions;
  private final SystemAuthority system;

  OperatingModes(DecisionService decisions, SystemAuthority system) {
    this.decisions = decisions;
    this.system = system;
  }

  /** The rules of a level; the table is evaluated as the application, whoever is reading. */
  public OperatingMode forLevel(int level) {
    Map<String, Object> result = system.run(() -> decisions.evaluateDecisionTableByKey(DECISION,
        Variables.createVariables().putValue(IN_LEVEL, level)).getSingleResult().getEntryMap());
    return of(level, result::get);
  }

  private static OperatingMode of(int level, Function<String, Object> outputs) {
    return new OperatingMode(level, ((Number) outputs.apply(OUT_CAP)).intValue(),
        CitizenReception.valueOf((String) outputs.apply(OUT_RECEPTION)),
        Boolean.TRUE.equals(outputs.apply(OUT_MEETINGS)));
  }
}
