package vn.gov.congvu.calendar;

import java.time.LocalDate;

/** A day off inside a range, with why: a weekend day or the holiday's name. */
public record NonWorkingDay(LocalDate date, String reason) {
}
