package vn.gov.congvu.epidemic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import vn.gov.congvu.CongVuApplication;
import vn.gov.congvu.epidemiclevel.Announcement;
import vn.gov.congvu.epidemiclevel.EpidemicLevels;
import vn.gov.congvu.epidemiclevel.LevelsInForce;
import vn.gov.congvu.identity.SystemAuthority;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.reference.CaseReferences;

/**
 * Records an announcement in the register within the start of its process, and what its tasks need: the level before
 * it, whether it lowers the level, and the earlier announcement for the same area it supersedes.
 */
@Service
class Announcements {

  static final ZoneId ZONE = ZoneId.of(CongVuApplication.ZONE);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Who announced when the application itself started the process (a test, a migration). */
  static final String SYSTEM = "system";

  private final AnnouncementValidator validator;
  private final LevelsInForce levels;
  private final OrganizationDirectory directory;
  private final CaseReferences references;
  private final RuntimeService runtime;
  private final SystemAuthority system;

  Announcements(AnnouncementValidator validator, LevelsInForce levels, OrganizationDirectory directory,
      CaseReferences references, RuntimeService runtime, SystemAuthority system) {
    this.validator = validator;
    this.levels = levels;
    this.directory = directory;
    this.references = references;
    this.runtime = runtime;
    this.system = system;
  }

  static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZONE);
  }

  /**
   * Validates the start's variables as the API does, stores the announcement once (a retried step finds its row) and
   * returns the variables the diagram and the tasks read.
   */
  Map<String, Object> record(Map<String, Object> start, String processInstanceId, String announcedBy, Instant now) {
    ValidAnnouncement valid = validator.validate(start::get, system.caller(), today(now));
    Optional<Announcement> stored = levels.ofProcess(processInstanceId);
    Optional<Announcement> before = levels.forArea(valid.area().id(), valid.effectiveFrom());
    Announcement announcement = stored.orElseGet(() -> levels.record(new Announcement(0, valid.area().id(),
        valid.level(), valid.effectiveFrom(), valid.decisionRef(), announcedBy, now, processInstanceId,
        references.next(EpidemicProcess.REFERENCE_PREFIX, EpidemicProcess.REFERENCE_SEQUENCE))));
    supersedeEarlier(valid.area().id(), processInstanceId);
    Integer previous = before.filter(b -> b.id() != announcement.id()).map(Announcement::level).orElse(null);
    Map<String, Object> variables = new HashMap<>();
    variables.put(EpidemicProcess.VAR_AREA_UNIT_ID, valid.area().id());
    variables.put(EpidemicProcess.VAR_LEVEL, valid.level());
    variables.put(EpidemicProcess.VAR_EFFECTIVE_FROM, valid.effectiveFrom().toString());
    variables.put(EpidemicProcess.VAR_DECISION_REF, valid.decisionRef());
    variables.put(EpidemicProcess.VAR_ANNOUNCEMENT_ID, announcement.id());
    variables.put(EpidemicProcess.VAR_REFERENCE, announcement.reference());
    variables.put(EpidemicProcess.VAR_AREA_NAME, EpidemicLevels.areaName(valid.area().name()));
    variables.put(EpidemicProcess.VAR_LEVEL_NAME, EpidemicLevels.name(valid.level()));
    variables.put(EpidemicProcess.VAR_EFFECTIVE_FROM_TEXT, valid.effectiveFrom().format(DAY));
    variables.put(EpidemicProcess.VAR_ANNOUNCED_BY_NAME, nameOf(announcedBy));
    variables.put(EpidemicProcess.VAR_PREVIOUS_LEVEL_NAME, EpidemicLevels.name(previous));
    variables.put(EpidemicProcess.VAR_LOWERED, previous != null && valid.level() < previous);
    return variables;
  }

  /** The units whose heads adjust: those the announcement reaches on its effective date. */
  List<String> unitsReached(String areaUnitId, String effectiveFrom) {
    return levels.unitsGovernedBy(areaUnitId, LocalDate.parse(effectiveFrom)).stream().map(u -> u.id()).toList();
  }

  /** An earlier announcement for the same area whose units are still adjusting ends: no unit gets two tasks. */
  private void supersedeEarlier(String areaUnitId, String processInstanceId) {
    system.run(() -> {
      List<ProcessInstance> earlier = runtime.createProcessInstanceQuery().processDefinitionKey(EpidemicProcess.KEY)
          .variableValueEquals(EpidemicProcess.VAR_AREA_UNIT_ID, areaUnitId).list();
      earlier.stream().filter(p -> !p.getId().equals(processInstanceId)).forEach(p -> runtime
          .createMessageCorrelation(EpidemicProcess.MESSAGE_SUPERSEDED).processInstanceId(p.getId()).correlateAll());
      return null;
    });
  }

  private String nameOf(String userId) {
    return directory.staffMember(userId).map(StaffMember::fullName)
        .orElse(SYSTEM.equals(userId) ? "Hệ thống" : userId);
  }
}
