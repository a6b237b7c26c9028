package vn.gov.congvu.travel;

import java.util.Date;

/**
 * What the application adds to a valid request before it goes to the approver: who decides, and when the trip starts
 * ({@code departureAt}), its first day begins and its last planned day ends, and the epidemic level where the
 * requester's unit sits (with the level-4 warning of seed 004, else null).
 */
public record PreparedTravel(String requesterName, String unitId, String unitName, String approverGroup,
    String superiorGroup, String unitHeadsGroup, Date departureAt, Date departureDayStart, Date returnAt,
    String nonWorkingDays, String outbreakWarning, String epidemicLevel, String epidemicWarning) {
}
