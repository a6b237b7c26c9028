package vn.gov.congvu.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The four grades of Decree 90/2020/NĐ-CP, best first, in the words the table unit-compliance-grade decides. */
public enum ComplianceGrade {
  EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"), GOOD("Hoàn thành tốt nhiệm vụ"), DONE("Hoàn thành nhiệm vụ"),
  NOT_DONE("Không hoàn thành nhiệm vụ");

  private final String words;

  ComplianceGrade(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  static Optional<ComplianceGrade> of(String words) {
    return Arrays.stream(values()).filter(g -> g.words.equals(words)).findFirst();
  }
}
