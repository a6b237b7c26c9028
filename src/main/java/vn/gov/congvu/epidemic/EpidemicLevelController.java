package vn.gov.congvu.epidemic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.identity.CurrentUser;
import vn.gov.congvu.web.ApiException;
import vn.gov.congvu.web.StartedCase;

/**
 * {@code /api/epidemic-levels}: the register for every authenticated user; an announcement, validated before it
 * starts {@code epidemic-level-change} (which records it), for the Department of Health and the area's heads.
 */
@RestController
record EpidemicLevelController(AnnouncementValidator validator, EpidemicRegisterView register, RuntimeService runtime,
    CurrentUser currentUser) {

  record NewAnnouncement(String areaUnitId, Object level, String effectiveFrom, String decisionRef) {
  }

  @GetMapping("/api/epidemic-levels")
  List<EpidemicRegisterView.Entry> list(@RequestParam(required = false) String areaUnitId) {
    return register.entries(areaUnitId);
  }

  /** The level in force where a unit sits on a day (today when omitted), with what it requires. */
  @GetMapping("/api/epidemic-levels/in-force")
  EpidemicRegisterView.InForce inForce(@RequestParam String unitId, @RequestParam(required = false) String date) {
    return register.inForce(unitId, date == null ? today() : day(date));
  }

  @PostMapping("/api/epidemic-levels")
  @ResponseStatus(HttpStatus.CREATED)
  StartedCase announce(@RequestBody NewAnnouncement body) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(EpidemicProcess.VAR_AREA_UNIT_ID, body.areaUnitId());
    variables.put(EpidemicProcess.VAR_LEVEL, body.level());
    variables.put(EpidemicProcess.VAR_EFFECTIVE_FROM, body.effectiveFrom());
    variables.put(EpidemicProcess.VAR_DECISION_REF, body.decisionRef());
    validator.validate(variables::get, currentUser.caller(), today());
    return StartedCase.of(runtime.startProcessInstanceByKey(EpidemicProcess.KEY, variables));
  }

  private static LocalDate today() {
    return Announcements.today(ClockUtil.getCurrentTime().toInstant());
  }

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("date", "Định dạng yyyy-MM-dd");
    }
  }
}
