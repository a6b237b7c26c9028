package vn.gov.congvu.incident;

/** The levels of the urgent-incident chain (contract, rules E1–E3). */
public enum EscalationLevel {
  UNIT_DUTY("Cán bộ trực của đơn vị"),
  UNIT_HEAD("Lãnh đạo đơn vị"),
  DISTRICT("Lãnh đạo đơn vị cấp trên"),
  HOME_AFFAIRS("Sở Nội vụ"),
  CITY("Ủy ban nhân dân Thành phố");

  private final String label;

  EscalationLevel(String label) {
    this.label = label;
  }

  /** In Vietnamese, for people (forms, history, mails). */
  public String label() {
    return label;
  }
}
