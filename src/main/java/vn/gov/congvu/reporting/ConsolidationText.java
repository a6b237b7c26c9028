package vn.gov.congvu.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The consolidated report as Home Affairs reads it in the consolidation form (M2, M4, W2). It is kept as a text
 * variable, so it stays short at any number of units: totals, districts, grade counts, the first names of the units
 * to follow up; each unit's row is in the report itself (JSON or CSV).
 */
final class ConsolidationText {

  /** Camunda keeps text variables in a 4,000-character column. */
  static final int MAX_LENGTH = 3_900;
  private static final int NAMES_LISTED = 20;

  private ConsolidationText() {
  }

  static String of(MonthlyReport report, Function<String, String> unitName) {
    MonthlyReport.Totals t = report.totals();
    StringBuilder text = new StringBuilder();
    text.append("Kỳ ").append(report.period()).append(": ").append(t.unitsSubmitted()).append(" đơn vị đã báo cáo, ")
        .append(t.unitsLate()).append(" trễ hạn, ").append(t.unitsPending()).append(" chưa báo cáo.\n")
        .append("Cán bộ nhiễm COVID-19: ").append(t.staffInfected()).append(" (do không chấp hành quy định: ")
        .append(t.staffInfectedByNonCompliance()).append("); vi phạm đã xử lý: ").append(t.violationsHandled())
        .append("; vi phạm ghi nhận: ").append(t.violationsRecorded()).append(" (đơn vị tự phát hiện, xử lý: ")
        .append(t.violationsSelfHandled()).append("); khai báo y tế muộn: ").append(t.lateDeclarations())
        .append("; sự việc đột xuất: ").append(t.incidents()).append(".\n")
        .append("Đơn vị đã rà soát bộ tiêu chí an toàn: ").append(t.unitsSafetyCriteriaReviewed())
        .append("; đã rà soát quy chế làm việc: ").append(t.unitsWorkingRulesReviewed())
        .append("; đề xuất khen thưởng: ").append(t.unitsProposingRewards()).append("; cán bộ làm việc tại nhà: ")
        .append(t.workFromHome()).append(".\n");
    text.append(report.districts().isEmpty() ? "" : "Theo quận, huyện, sở ngành:\n");
    report.districts().forEach(d -> text.append("- ").append(d.name()).append(": nhiễm ").append(d.staffInfected())
        .append(", vi phạm xử lý ").append(d.violationsHandled()).append(", sự việc ").append(d.incidents())
        .append('\n'));
    if (!report.districtReports().isEmpty()) {
      List<String> notSent = report.districtReports().stream().filter(d -> d.status() != DistrictReportStatus.SENT)
          .map(DistrictReport::districtId).toList();
      text.append("Báo cáo tổng hợp của quận: ").append(report.districtReports().size() - notSent.size()).append('/')
          .append(report.districtReports().size()).append(" đã gửi; chưa gửi: ").append(names(notSent, unitName))
          .append('\n');
    }
    text.append("Đơn vị trễ hạn hoặc chưa báo cáo: ").append(names(report.lateUnits(), unitName)).append('\n');
    text.append("Đơn vị có tỷ lệ làm việc tại cơ quan vượt mức cho phép: ")
        .append(names(report.unitsAboveOnSiteCap(), unitName)).append('\n');
    if (report.units().stream().anyMatch(u -> u.grade() != null)) {
      text.append("Xếp loại: ").append(grades(report.units())).append('\n');
    }
    text.append("Chi tiết từng đơn vị: /api/monthly-reports/").append(report.period()).append(" (CSV: ?format=csv)");
    return text.length() <= MAX_LENGTH ? text.toString() : text.substring(0, MAX_LENGTH - 1) + "…";
  }

  /** Names of the first units, and how many more: a list that stays short at a city's scale (texts, mails). */
  static String names(List<String> unitIds, Function<String, String> unitName) {
    if (unitIds.isEmpty()) {
      return "không có";
    }
    String listed = unitIds.stream().limit(NAMES_LISTED).map(unitName).collect(Collectors.joining(", "));
    return unitIds.size() <= NAMES_LISTED ? listed
        : listed + " và " + (unitIds.size() - NAMES_LISTED) + " đơn vị khác";
  }

  /** How many units got each grade, best first; units not graded yet last. */
  private static String grades(List<UnitReport> units) {
    Map<String, Long> counted = units.stream().collect(Collectors.groupingBy(
        u -> u.grade() == null ? "chưa xếp loại" : u.grade(), Collectors.counting()));
    return counted.entrySet().stream().sorted(Comparator.comparing(e -> ComplianceGrade.of(e.getKey())
        .map(Enum::ordinal).orElse(Integer.MAX_VALUE)))
        .map(e -> e.getKey() + " " + e.getValue() + " đơn vị").collect(Collectors.joining(", "));
  }
}
