package vn.gov.congvu.calendar;

import java.util.List;

/** One year's data file: public holidays and the weekend days that are working days in exchange. */
record CalendarYear(int year, String source, List<NamedDay> holidays, List<NamedDay> workingWeekends) {

  /** A date with its Vietnamese name. */
  record NamedDay(String date, String name) {
  }
}
