package vn.gov.congvu.epidemiclevel;

import java.time.Instant;

/** How a unit's head said the unit works after an announcement (W2–W4). */
public record ConfirmedMode(long announcementId, String unitId, int onSitePercent, int workFromHome,
    CitizenReception citizenReception, boolean onlineMeetings, String essentialReason, String confirmedBy,
    Instant confirmedAt) {

  /** One line for reports: "35 % tại cơ quan, 12 người làm việc tại nhà; ...". */
  public String describe() {
    return onSitePercent + " % tại cơ quan, " + workFromHome + " người làm việc tại nhà; tiếp công dân: "
        + citizenReception.label() + "; " + (onlineMeetings ? "họp trực tuyến" : "họp trực tiếp")
        + (essentialReason == null || essentialReason.isBlank() ? "" : "; công việc thiết yếu: " + essentialReason);
  }
}
