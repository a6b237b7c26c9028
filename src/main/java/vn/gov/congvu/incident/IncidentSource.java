package vn.gov.congvu.incident;

/** Where a case came from (rule E4). */
public enum IncidentSource {
  PORTAL_1022("Cổng thông tin 1022"),
  PRESS("Báo chí, truyền thông"),
  CITIZEN_LETTER("Đơn thư của người dân"),
  AUTHORITY_DIRECTIVE("Chỉ đạo của cấp trên"),
  INTERNAL("Nội bộ đơn vị");

  private final String label;

  IncidentSource(String label) {
    this.label = label;
  }

  /** In Vietnamese, for people (forms, history, mails). */
  public String label() {
    return label;
  }
}
