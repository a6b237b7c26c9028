package vn.gov.congvu.outbreak;

import java.time.LocalDate;

/** An area announced by a health authority, active from a day to a day (null: still active). */
public record OutbreakArea(Long id, String area, String province, String announcedBy, LocalDate activeFrom,
    LocalDate activeTo) {

  boolean overlaps(LocalDate from, LocalDate to) {
    return !activeFrom.isAfter(to) && (activeTo == null || !activeTo.isBefore(from));
  }
}
