package vn.gov.congvu.tasklist;

/** When "Sắp đến hạn" ends: one working day from now, in the diagrams' own notation. */
final class DueSoon {

  static final String EXPRESSION = "${workingTime.from(now(), 'working P1D')}";

  private DueSoon() {
  }
}
