package vn.gov.congvu.epidemic;

import java.time.LocalDate;

import vn.gov.congvu.organization.Unit;

/** An announcement that passed {@link AnnouncementValidator}. */
record ValidAnnouncement(Unit area, int level, LocalDate effectiveFrom, String decisionRef) {
}
