package vn.gov.congvu.incident;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.inputguard.ProcessInputRule;
import vn.gov.congvu.organization.OrganizationDirectory;

/**
 * What an incident is started and handled with (contract): a decision, the action taken, a directory user as
 * violator when a staff violation is resolved; nothing escalates past the top of the chain.
 */
@Component
record IncidentInputRule(IncidentReportValidator validator, OrganizationDirectory directory,
    ChainPosition position) implements ProcessInputRule {

  @Override
  public String processKey() {
    return IncidentProcess.KEY;
  }

  @Override
  public Set<String> acceptedStartVariables() {
    return Set.of(IncidentProcess.VAR_UNIT_ID, IncidentProcess.VAR_SOURCE, IncidentProcess.VAR_CATEGORY,
        IncidentProcess.VAR_SEVERITY, IncidentProcess.VAR_SUMMARY);
  }

  @Override
  public Set<String> acceptedVariables(String taskKey) {
    return IncidentProcess.TASK_HANDLE.equals(taskKey) ? Set.of(IncidentProcess.VAR_DECISION,
        IncidentProcess.VAR_ACTION_TAKEN, IncidentProcess.VAR_VIOLATOR_ID) : Set.of();
  }

  @Override
  public void checkStart(Function<String, Object> variables, Caller caller, Instant now) {
    validator.validate(new IncidentReport(text(variables, IncidentProcess.VAR_UNIT_ID),
        text(variables, IncidentProcess.VAR_SOURCE), text(variables, IncidentProcess.VAR_CATEGORY),
        text(variables, IncidentProcess.VAR_SEVERITY), text(variables, IncidentProcess.VAR_SUMMARY)), caller);
  }

  @Override
  public Optional<String> checkCompletion(String taskKey, Function<String, Object> variables, Instant now) {
    if (!IncidentProcess.TASK_HANDLE.equals(taskKey)) {
      return Optional.empty();
    }
    String decision = text(variables, IncidentProcess.VAR_DECISION);
    if (decision == null || !(decision.equals(IncidentDecision.RESOLVED.name())
        || decision.equals(IncidentDecision.ESCALATE.name()))) {
      return Optional.of(IncidentProcess.VAR_DECISION + ": Chọn RESOLVED hoặc ESCALATE");
    }
    String action = text(variables, IncidentProcess.VAR_ACTION_TAKEN);
    if (action == null || action.isBlank()) {
      return Optional.of(IncidentProcess.VAR_ACTION_TAKEN + ": Thiếu nội dung đã xử lý");
    }
    String unitId = text(variables, IncidentProcess.VAR_UNIT_ID);
    String level = text(variables, IncidentProcess.VAR_LEVEL);
    if (decision.equals(IncidentDecision.ESCALATE.name()) && unitId != null && level != null
        && position.above(unitId, level, text(variables, IncidentProcess.VAR_CANDIDATE_GROUP)).isEmpty()) {
      return Optional.of(IncidentProcess.VAR_DECISION + ": Cấp Ủy ban nhân dân Thành phố không chuyển tiếp được");
    }
    if (decision.equals(IncidentDecision.RESOLVED.name())
        && IncidentCategory.STAFF_VIOLATION.name().equals(text(variables, IncidentProcess.VAR_CATEGORY))) {
      String violator = text(variables, IncidentProcess.VAR_VIOLATOR_ID);
      if (violator == null || directory.staffMember(violator.trim()).isEmpty()) {
        return Optional.of(IncidentProcess.VAR_VIOLATOR_ID + ": Phải là cán bộ có trong danh bạ");
      }
    }
    return Optional.empty();
  }

  private static String text(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    return value == null ? null : value.toString();
  }
}
