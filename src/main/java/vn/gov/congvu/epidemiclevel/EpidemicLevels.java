package vn.gov.congvu.epidemiclevel;

/**
 * The four levels of Resolution 128/NQ-CP (11 October 2021) in the words people read, and their bounds: one place for
 * both.
 */
public final class EpidemicLevels {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 4;
  private static final String COMMITTEE = "Ủy ban nhân dân ";

  private static final String[] NAMES = {"Cấp độ 1 – nguy cơ thấp (vùng xanh)",
      "Cấp độ 2 – nguy cơ trung bình (vùng vàng)", "Cấp độ 3 – nguy cơ cao (vùng cam)",
      "Cấp độ 4 – nguy cơ rất cao (vùng đỏ)"};

  private EpidemicLevels() {
  }

  public static boolean isLevel(int level) {
    return level >= LOWEST && level <= HIGHEST;
  }

  /** An area as people name it: "Phường Bến Nghé" for the unit "Ủy ban nhân dân Phường Bến Nghé". */
  public static String areaName(String unitName) {
    return unitName.startsWith(COMMITTEE) ? unitName.substring(COMMITTEE.length()) : unitName;
  }

  /** "Cấp độ 4 – nguy cơ rất cao (vùng đỏ)"; "Chưa công bố cấp độ dịch" for null. */
  public static String name(Integer level) {
    if (level == null) {
      return "Chưa công bố cấp độ dịch";
    }
    return isLevel(level) ? NAMES[level - 1] : "Cấp độ " + level;
  }
}
