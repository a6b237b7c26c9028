package vn.gov.congvu.epidemiclevel;

/** How a unit receives citizens and their files (W3, W4); the contract's codes, the words people read. */
public enum CitizenReception {
  NORMAL("Tiếp công dân và nhận hồ sơ bình thường"),
  URGENT_ONLY("Tạm dừng tiếp công dân trực tiếp; chỉ nhận hồ sơ thủ tục đặc biệt, cấp bách (khai sinh, khai tử, "
      + "kho bạc, công chứng, chứng thực, bảo trợ xã hội, thẻ bảo hiểm y tế)"),
  ONLINE_ONLY("Chỉ tiếp nhận trực tuyến (dịch vụ công trực tuyến, bưu chính công ích)");

  private final String label;

  CitizenReception(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The code's constant, or null for anything that is not one of the three codes. */
  public static CitizenReception of(Object code) {
    for (CitizenReception value : values()) {
      if (value.name().equals(code)) {
        return value;
      }
    }
    return null;
  }
}
