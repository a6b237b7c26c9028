package vn.gov.congvu.violation;

/**
 * How a staff violation was handled (E4 "kiểm tra, chấn chỉnh hoặc xử lý"): a reminder, one of the disciplines of
 * Decree 112/2020/NĐ-CP, or left to the competent authority to decide.
 */
public enum ViolationHandling {
  NHAC_NHO("Nhắc nhở, rút kinh nghiệm"),
  KHIEN_TRACH("Khiển trách"),
  CANH_CAO("Cảnh cáo"),
  HA_BAC_LUONG("Hạ bậc lương"),
  GIANG_CHUC("Giáng chức"),
  CACH_CHUC("Cách chức"),
  BUOC_THOI_VIEC("Buộc thôi việc"),
  CHO_XEM_XET("Chờ cấp có thẩm quyền xem xét, quyết định");

  private final String label;

  ViolationHandling(String label) {
    this.label = label;
  }

  /** In Vietnamese, for people. */
  public String label() {
    return label;
  }
}
