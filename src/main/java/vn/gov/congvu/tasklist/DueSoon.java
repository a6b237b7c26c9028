package vn.gov.congvu.tasklist;

/** When "Sắp đến hạn" ends: one working day from now by the work calendar. */
final class DueSoon {

  static final String EXPRESSION = "${workCalendar.workingDaysFrom(now(), 1)}";

  private DueSoon() {
  }
}
