package vn.gov.congvu.epidemic;

import java.util.Optional;
import java.util.function.Function;

import vn.gov.congvu.epidemiclevel.CitizenReception;

/**
 * What {@code adjust-operations} must be completed with (contract): an on-site share within the level's cap unless
 * the essential work that keeps more staff in the office is written down (W3).
 */
final class AdjustmentRule {

  private static final int MAX_STAFF = 100_000;
  private static final int MAX_REASON = 2000;

  private AdjustmentRule() {
  }

  static Optional<String> check(Function<String, Object> variables) {
    Integer onSite = whole(variables.apply(EpidemicProcess.VAR_ON_SITE_PERCENT));
    if (onSite == null || onSite < 0 || onSite > 100) {
      return refuse(EpidemicProcess.VAR_ON_SITE_PERCENT, "Tỷ lệ làm việc tại cơ quan là số nguyên từ 0 đến 100 (%)");
    }
    Integer home = whole(variables.apply(EpidemicProcess.VAR_WORK_FROM_HOME));
    if (home == null || home < 0 || home > MAX_STAFF) {
      return refuse(EpidemicProcess.VAR_WORK_FROM_HOME, "Số người làm việc tại nhà là số nguyên không âm");
    }
    if (CitizenReception.of(variables.apply(EpidemicProcess.VAR_CITIZEN_RECEPTION)) == null) {
      return refuse(EpidemicProcess.VAR_CITIZEN_RECEPTION, "Chưa chọn cách tiếp công dân, nhận hồ sơ");
    }
    if (!(variables.apply(EpidemicProcess.VAR_ONLINE_MEETINGS) instanceof Boolean)) {
      return refuse(EpidemicProcess.VAR_ONLINE_MEETINGS, "Chưa chọn hình thức họp (có hoặc không họp trực tuyến)");
    }
    Object reason = variables.apply(EpidemicProcess.VAR_ESSENTIAL_REASON);
    if (reason != null && (!(reason instanceof String text) || text.length() > MAX_REASON)) {
      return refuse(EpidemicProcess.VAR_ESSENTIAL_REASON, "Lý do công việc thiết yếu tối đa " + MAX_REASON + " ký tự");
    }
    Integer cap = whole(variables.apply(EpidemicProcess.VAR_ON_SITE_CAP));
    if (cap != null && onSite > cap && (reason == null || ((String) reason).isBlank())) {
      return refuse(EpidemicProcess.VAR_ESSENTIAL_REASON, "Tỷ lệ tại cơ quan " + onSite + " % vượt mức tối đa " + cap
          + " % của cấp độ dịch: phải nêu công việc thiết yếu (y tế, trực chiến đấu, hàng hóa, dịch vụ thiết yếu, "
          + "tài liệu mật)");
    }
    return Optional.empty();
  }

  private static Integer whole(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ((Number) value).longValue())) : null;
  }

  private static Optional<String> refuse(String field, String reason) {
    return Optional.of(field + ": " + reason);
  }
}
