package vn.gov.congvu.reporting;

import java.util.function.Function;
import java.util.stream.Collectors;

/** The consolidated report as Home Affairs reads it in the consolidation form (M2, M4, W2). */
final class ConsolidationText {

  private ConsolidationText() {
  }

  static String of(MonthlyReport report, Function<String, String> unitName) {
    MonthlyReport.Totals t = report.totals();
    StringBuilder text = new StringBuilder();
    text.append("Kỳ ").append(report.period()).append(": ").append(t.unitsSubmitted()).append(" đơn vị đã báo cáo, ")
        .append(t.unitsLate()).append(" trễ hạn, ").append(t.unitsPending()).append(" chưa báo cáo.\n")
        .append("Cán bộ nhiễm COVID-19: ").append(t.staffInfected()).append("; vi phạm đã xử lý: ")
        .append(t.violationsHandled()).append("; vi phạm ghi nhận: ").append(t.violationsRecorded())
        .append("; khai báo y tế muộn: ").append(t.lateDeclarations()).append("; sự việc đột xuất: ")
        .append(t.incidents()).append(".\n");
    text.append("Theo quận, huyện, sở ngành:\n");
    report.districts().forEach(d -> text.append("- ").append(d.name()).append(": nhiễm ").append(d.staffInfected())
        .append(", vi phạm xử lý ").append(d.violationsHandled()).append(", sự việc ").append(d.incidents())
        .append('\n'));
    text.append("Đơn vị trễ hạn hoặc chưa báo cáo: ").append(names(report.lateUnits(), unitName)).append('\n');
    text.append("Đơn vị có trên 1/3 cán bộ làm việc tại cơ quan: ")
        .append(names(report.unitsAboveAttendanceCap(), unitName)).append('\n');
    text.append("Xếp loại:\n");
    report.units().forEach(u -> text.append("- ").append(unitName.apply(u.unitId())).append(": ")
        .append(u.grade() == null ? "chưa xếp loại" : u.grade()).append('\n'));
    return text.toString();
  }

  private static String names(java.util.List<String> unitIds, Function<String, String> unitName) {
    return unitIds.isEmpty() ? "không có" : unitIds.stream().map(unitName).collect(Collectors.joining(", "));
  }
}
