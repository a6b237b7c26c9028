package vn.gov.congvu.reporting;

import java.util.List;
import java.util.function.Function;

/**
 * The report as CSV, UTF-8 with a byte-order mark so that Excel shows Vietnamese: one row per unit with its status
 * and figures, then the totals, the late units and the units above the 1/3 office attendance cap.
 */
final class ReportCsv {

  static final String BOM = "\uFEFF";
  private static final String HEADER = "period,unitId,unitName,status,late,submittedAt,staffInfected,"
      + "violationsHandled,safetyCriteriaReviewed,officeAttendanceRatio,aboveAttendanceCap,travelApproved,"
      + "travelRejected,travelExpired,lateDeclarations,incidentsLow,incidentsHigh,incidentsCritical,"
      + "violationsRecorded,grade,summary";

  private ReportCsv() {
  }

  static String of(MonthlyReport report, Function<String, String> unitName) {
    StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
    for (UnitReport u : report.units()) {
      KnownFigures k = u.known();
      row(csv, report.period(), u.unitId(), unitName.apply(u.unitId()), u.status(), u.late(), u.submittedAt(),
          u.staffInfected(), u.violationsHandled(), u.safetyCriteriaReviewed(), u.officeAttendanceRatio(),
          u.aboveAttendanceCap(), k.travelApproved(), k.travelRejected(), k.travelExpired(), k.lateDeclarations(),
          k.incidentsLow(), k.incidentsHigh(), k.incidentsCritical(), k.violationsRecorded(), u.grade(),
          u.summary());
    }
    MonthlyReport.Totals t = report.totals();
    row(csv, report.period(), "TOTAL", "Tổng cộng", report.status(), t.unitsLate(), null, t.staffInfected(),
        t.violationsHandled(), null, null, report.unitsAboveAttendanceCap().size(), null, null, null,
        t.lateDeclarations(), null, null, null, t.violationsRecorded(), null,
        t.unitsSubmitted() + " đơn vị đã báo cáo; " + t.incidents() + " sự việc");
    row(csv, report.period(), "LATE_UNITS", "Đơn vị trễ hạn", null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, names(report.lateUnits(), unitName));
    row(csv, report.period(), "ABOVE_ATTENDANCE_CAP", "Đơn vị trên 1/3 tại cơ quan", null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null,
        names(report.unitsAboveAttendanceCap(), unitName));
    return csv.toString();
  }

  private static String names(List<String> ids, Function<String, String> unitName) {
    return String.join("; ", ids.stream().map(unitName).toList());
  }

  private static void row(StringBuilder csv, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells[i]));
    }
    csv.append("\r\n");
  }

  /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs a cell. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
