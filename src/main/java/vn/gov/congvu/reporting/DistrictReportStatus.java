package vn.gov.congvu.reporting;

/** Where a district's consolidation of its wards stands, with the words people read in the CSV. */
public enum DistrictReportStatus {
  COLLECTING("Đang nhận báo cáo"), CONSOLIDATING("Đang tổng hợp"), SENT("Đã gửi Sở Nội vụ");

  private final String label;

  DistrictReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
