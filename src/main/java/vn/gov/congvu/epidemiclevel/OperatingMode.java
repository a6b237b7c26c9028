package vn.gov.congvu.epidemiclevel;

/** What a level requires of a unit, as the decision table {@code operating-mode} says (W2–W4). */
public record OperatingMode(int level, int onSiteCapPercent, CitizenReception citizenReception,
    boolean onlineMeetings) {

  /** True when the level asks nothing beyond normal work. */
  public boolean isNormal() {
    return onSiteCapPercent >= 100 && citizenReception == CitizenReception.NORMAL && !onlineMeetings;
  }

  /** The requirements in a few Vietnamese lines, for tasks, mails and reports. */
  public String describe() {
    if (isNormal()) {
      return "Làm việc bình thường tại cơ quan; tiếp công dân và nhận hồ sơ bình thường.";
    }
    return "Tại cơ quan tối đa " + onSiteCapPercent + " % cán bộ, công chức (trừ công việc thiết yếu); số còn lại làm "
        + "việc tại nhà qua hệ thống văn phòng điện tử, báo cáo tiến độ cho người đứng đầu trực tiếp, mở điện thoại "
        + "24/24 giờ.\nTiếp công dân: " + citizenReception.label() + ".\nHọp: "
        + (onlineMeetings ? "họp trực tuyến." : "họp trực tiếp khi cần, ưu tiên trực tuyến.");
  }
}
