package vn.gov.congvu.incident;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;

/**
 * What a level completes {@code handle-incident} with (contract): a decision and what it did; nothing escalates past
 * the City; Home Affairs passing a case to the City gives its advice (seed 000 "tham mưu, đề xuất"); resolving a
 * staff violation says whether one was found and, if so, who (staff of the case's unit or a unit below it) and how
 * it was handled. Returns the refusal, naming the field.
 */
@Component
record HandlingRules(OrganizationDirectory directory, IncidentChain chain, ChainPosition position) {

  static final int MAX_TEXT = 4000;
  /** Levels whose cases have not reached Home Affairs: nobody there may speak for it. */
  private static final Set<String> BELOW_HOME_AFFAIRS = Set.of(EscalationLevel.UNIT_DUTY.name(),
      EscalationLevel.UNIT_HEAD.name(), EscalationLevel.DISTRICT.name());

  Optional<String> check(Function<String, Object> variables) {
    String decision = text(variables, IncidentProcess.VAR_DECISION);
    if (decision == null || !(decision.equals(IncidentDecision.RESOLVED.name())
        || decision.equals(IncidentDecision.ESCALATE.name()))) {
      return Optional.of(IncidentProcess.VAR_DECISION
          + ": Chọn \"Đã xử lý xong\" hoặc \"Vượt thẩm quyền, chuyển cấp trên\"");
    }
    if (blank(text(variables, IncidentProcess.VAR_ACTION_TAKEN))) {
      return Optional.of(IncidentProcess.VAR_ACTION_TAKEN + ": Thiếu nội dung đã xử lý");
    }
    String level = text(variables, IncidentProcess.VAR_LEVEL);
    if (level != null && BELOW_HOME_AFFAIRS.contains(level) && !blank(text(variables, IncidentProcess.VAR_ADVICE))) {
      return Optional.of(IncidentProcess.VAR_ADVICE + ": Chỉ Sở Nội vụ nêu ý kiến tham mưu, đề xuất");
    }
    String unitId = text(variables, IncidentProcess.VAR_UNIT_ID);
    if (decision.equals(IncidentDecision.ESCALATE.name())) {
      return escalation(variables, unitId);
    }
    return IncidentCategory.STAFF_VIOLATION.name().equals(text(variables, IncidentProcess.VAR_CATEGORY))
        ? violators(variables, unitId) : Optional.empty();
  }

  private Optional<String> escalation(Function<String, Object> variables, String unitId) {
    if (unitId != null && atTop(variables, unitId)) {
      return Optional.of(IncidentProcess.VAR_DECISION + ": Cấp Ủy ban nhân dân Thành phố không chuyển tiếp được");
    }
    if (EscalationLevel.HOME_AFFAIRS.name().equals(text(variables, IncidentProcess.VAR_LEVEL))) {
      String advice = text(variables, IncidentProcess.VAR_ADVICE);
      if (blank(advice)) {
        return Optional.of(IncidentProcess.VAR_ADVICE
            + ": Sở Nội vụ trình Ủy ban nhân dân Thành phố phải nêu ý kiến tham mưu, đề xuất");
      }
      if (advice.length() > MAX_TEXT) {
        return Optional.of(IncidentProcess.VAR_ADVICE + ": Quá dài (tối đa " + MAX_TEXT + " ký tự)");
      }
    }
    return Optional.empty();
  }

  /** At the top of the chain as it is now: the level is found again by what it is (the directory may have changed). */
  private boolean atTop(Function<String, Object> variables, String unitId) {
    String level = text(variables, IncidentProcess.VAR_LEVEL);
    if (level != null) {
      return position.above(unitId, level, text(variables, IncidentProcess.VAR_CANDIDATE_GROUP)).isEmpty();
    }
    Object index = variables.apply(IncidentProcess.VAR_LEVEL_INDEX);
    return chain.isTop(unitId, index instanceof Number n ? n.intValue() : 0);
  }

  private Optional<String> violators(Function<String, Object> variables, String unitId) {
    Object found = variables.apply(IncidentProcess.VAR_VIOLATION_FOUND);
    if (found != null && !(found instanceof Boolean)) {
      return Optional.of(IncidentProcess.VAR_VIOLATION_FOUND + ": Chọn có hoặc không");
    }
    String violatorId = text(variables, IncidentProcess.VAR_VIOLATOR_ID);
    if (found == null && blank(violatorId)) {
      return Optional.of(IncidentProcess.VAR_VIOLATION_FOUND + ": Cho biết có phát hiện cán bộ vi phạm hay không");
    }
    String others = text(variables, IncidentProcess.VAR_OTHER_VIOLATOR_IDS);
    Violators said = Violators.of(found, violatorId, others, text(variables, IncidentProcess.VAR_HANDLING));
    if (!said.found()) {
      return List.of(IncidentProcess.VAR_VIOLATOR_ID, IncidentProcess.VAR_OTHER_VIOLATOR_IDS,
          IncidentProcess.VAR_HANDLING).stream().filter(name -> !blank(text(variables, name))).findFirst()
          .map(name -> name + ": Không phát hiện vi phạm thì không ghi cán bộ vi phạm và hình thức xử lý");
    }
    if (blank(violatorId)) {
      return Optional.of(IncidentProcess.VAR_VIOLATOR_ID + ": Thiếu cán bộ vi phạm");
    }
    List<String> units = unitId == null ? null : directory.unitAndDescendants(unitId);
    return staff(IncidentProcess.VAR_VIOLATOR_ID, violatorId.trim(), units)
        .or(() -> Violators.split(others).stream()
            .map(id -> staff(IncidentProcess.VAR_OTHER_VIOLATOR_IDS, id, units)).flatMap(Optional::stream)
            .findFirst())
        .or(() -> said.handling() != null ? Optional.empty() : Optional.of(IncidentProcess.VAR_HANDLING
            + ": Hình thức xử lý không có trong danh sách: " + String.join("; ", IncidentLabels.handlings().values())));
  }

  /** A violator is a directory user working in the case's unit or a unit below it. */
  private Optional<String> staff(String field, String userId, List<String> units) {
    Optional<StaffMember> member = directory.staffMember(userId);
    if (member.isEmpty()) {
      return Optional.of(field + ": Không có cán bộ \"" + userId
          + "\" trong danh bạ; chọn cán bộ vi phạm trong danh sách cán bộ của đơn vị");
    }
    if (units != null && !units.contains(member.get().unitId())) {
      return Optional.of(field + ": " + member.get().fullName()
          + " không thuộc đơn vị có sự việc hoặc đơn vị trực thuộc");
    }
    return Optional.empty();
  }

  private static String text(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    return value == null ? null : value.toString();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
