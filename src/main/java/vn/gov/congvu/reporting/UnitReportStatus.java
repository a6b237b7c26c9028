package vn.gov.congvu.reporting;

/** Where a unit's report of a period stands (contract), with the words people read in the CSV. */
public enum UnitReportStatus {
  PENDING("Chưa báo cáo"), SUBMITTED("Đã báo cáo"), LATE("Trễ hạn");

  private final String label;

  UnitReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
