package vn.gov.congvu.epidemiclevel;

import java.time.Instant;
import java.time.LocalDate;

/** One announcement of an epidemic level for a ward or district, as the register keeps it (W1). */
public record Announcement(long id, String areaUnitId, int level, LocalDate effectiveFrom, String decisionRef,
    String announcedBy, Instant announcedAt, String processInstanceId, String reference) {

  /** Whether the level applies on the day. */
  public boolean inForceFrom(LocalDate day) {
    return !effectiveFrom.isAfter(day);
  }
}
