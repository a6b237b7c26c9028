package vn.gov.congvu.epidemic;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.gov.congvu.epidemiclevel.CitizenReception;
import vn.gov.congvu.epidemiclevel.ConfirmedMode;
import vn.gov.congvu.epidemiclevel.ConfirmedModes;

/** A head's answer to {@code adjust-operations}, already checked by {@link AdjustmentRule}, kept for the reports. */
@Service
class OperatingModeConfirmation {

  static final List<String> SUBMITTED = List.of(EpidemicProcess.VAR_ON_SITE_PERCENT,
      EpidemicProcess.VAR_WORK_FROM_HOME, EpidemicProcess.VAR_CITIZEN_RECEPTION, EpidemicProcess.VAR_ONLINE_MEETINGS,
      EpidemicProcess.VAR_ESSENTIAL_REASON);

  private final ConfirmedModes modes;

  OperatingModeConfirmation(ConfirmedModes modes) {
    this.modes = modes;
  }

  void confirm(Function<String, Object> variables, String confirmedBy, Instant now) {
    Object reason = variables.apply(EpidemicProcess.VAR_ESSENTIAL_REASON);
    modes.save(new ConfirmedMode(((Number) variables.apply(EpidemicProcess.VAR_ANNOUNCEMENT_ID)).longValue(),
        (String) variables.apply(EpidemicProcess.VAR_UNIT_ID),
        ((Number) variables.apply(EpidemicProcess.VAR_ON_SITE_PERCENT)).intValue(),
        ((Number) variables.apply(EpidemicProcess.VAR_WORK_FROM_HOME)).intValue(),
        CitizenReception.valueOf((String) variables.apply(EpidemicProcess.VAR_CITIZEN_RECEPTION)),
        Boolean.TRUE.equals(variables.apply(EpidemicProcess.VAR_ONLINE_MEETINGS)),
        reason instanceof String text && !text.isBlank() ? text.trim() : null,
        confirmedBy != null ? confirmedBy : Announcements.SYSTEM, now));
  }
}
