package vn.gov.congvu.travel;

import java.util.Date;

/** What the application adds to a valid request before it goes to the approver. */
public record PreparedTravel(String requesterName, String unitId, String unitName, String approverGroup,
    String superiorGroup, String unitHeadsGroup, Date departureAt, Date returnAt, String nonWorkingDays,
    String outbreakWarning) {
}
