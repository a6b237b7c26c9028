package vn.gov.congvu.reporting;

import static vn.gov.congvu.reporting.ReportCsv.Column.*;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The report as CSV for people, UTF-8 with a byte-order mark so that Excel shows Vietnamese: Vietnamese headers,
 * statuses and yes/no, dates dd/MM/yyyy; one row per unit that keeps the unit's id, then the totals, the late units
 * and the units above their on-site cap.
 */
final class ReportCsv {

  static final String BOM = "\uFEFF";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ReportPeriod.ZONE);

  /** The columns in their order, with their headers. */
  enum Column {
    PERIOD("Kỳ báo cáo"), UNIT_ID("Mã đơn vị"), UNIT_NAME("Tên đơn vị"), STATUS("Trạng thái"), LATE("Trễ hạn"),
    SUBMITTED_AT("Thời điểm gửi"), INFECTED("Cán bộ nhiễm COVID-19"),
    INFECTED_BY_NON_COMPLIANCE("Trong đó do không chấp hành quy định"), HANDLED("Vi phạm đã xử lý"),
    REWARDS("Đề xuất khen thưởng"), WORKING_RULES("Đã rà soát quy chế làm việc"),
    SAFETY("Đã rà soát bộ tiêu chí an toàn"), ON_SITE("Tỷ lệ làm việc tại cơ quan (%)"),
    CAP("Mức tối đa cho phép (%)"), ABOVE_CAP("Vượt mức cho phép"), FROM_HOME("Cán bộ làm việc tại nhà"),
    ONLINE_MEETINGS("Họp trực tuyến"), TRAVEL_APPROVED("Ra khỏi thành phố được đồng ý"),
    TRAVEL_REJECTED("Ra khỏi thành phố bị từ chối"), TRAVEL_EXPIRED("Đề nghị hết hiệu lực"),
    LATE_DECLARATIONS("Khai báo y tế muộn"), INCIDENTS_LOW("Sự việc mức thấp"), INCIDENTS_HIGH("Sự việc mức cao"),
    INCIDENTS_CRITICAL("Sự việc nghiêm trọng"), INFECTIONS_REPORTED("Ca nhiễm đã báo cáo khẩn"),
    RECORDED("Vi phạm ghi nhận"), SELF_HANDLED("Vi phạm đơn vị tự phát hiện, xử lý"),
    HANDLINGS("Hình thức xử lý vi phạm"), GRADE("Xếp loại"), LEVELS("Cấp độ dịch nơi đóng trụ sở"),
    OPERATING_MODE("Chế độ hoạt động đã xác nhận"), SUMMARY("Tóm tắt"), REPORTS_THROUGH("Báo cáo qua"), NOTE("Ghi chú");

    final String header;

    Column(String header) {
      this.header = header;
    }
  }

  private ReportCsv() {
  }

  static String of(MonthlyReport report, Function<String, String> unitName) {
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, Arrays.stream(Column.values()).map(c -> c.header).toList());
    for (UnitReport u : report.units()) {
      Map<Column, Object> row = unitRow(report.period(), u, unitName.apply(u.unitId()));
      row.put(REPORTS_THROUGH, u.reportsThrough() == null || u.reportsThrough().equals(u.unitId()) ? "Sở Nội vụ"
          : unitName.apply(u.reportsThrough()));
      row(csv, row);
    }
    for (DistrictReport d : report.districtReports()) {
      row(csv, cells(PERIOD, report.period(), UNIT_ID, d.districtId(), UNIT_NAME, "Báo cáo tổng hợp của "
          + unitName.apply(d.districtId()), STATUS, d.status().label(), SUBMITTED_AT, when(d.sentAt()), SUMMARY,
          d.summary(), REPORTS_THROUGH, "Sở Nội vụ"));
    }
    MonthlyReport.Totals t = report.totals();
    row(csv, cells(PERIOD, report.period(), UNIT_NAME, "Tổng cộng", STATUS, t.unitsSubmitted() + " đã báo cáo, "
        + t.unitsLate() + " trễ hạn, " + t.unitsPending() + " chưa báo cáo", INFECTED, t.staffInfected(),
        INFECTED_BY_NON_COMPLIANCE, t.staffInfectedByNonCompliance(), HANDLED, t.violationsHandled(),
        LATE_DECLARATIONS, t.lateDeclarations(), RECORDED, t.violationsRecorded(), SELF_HANDLED,
        t.violationsSelfHandled(), FROM_HOME, t.workFromHome()));
    row(csv, cells(PERIOD, report.period(), UNIT_NAME, "Đơn vị trễ hạn", NOTE, names(report.lateUnits(), unitName)));
    row(csv, cells(PERIOD, report.period(), UNIT_NAME, "Đơn vị vượt mức làm việc tại cơ quan", NOTE,
        names(report.unitsAboveOnSiteCap(), unitName)));
    row(csv, cells(PERIOD, report.period(), UNIT_NAME, "Đánh giá của Sở Nội vụ", NOTE, report.assessment()));
    row(csv, cells(PERIOD, report.period(), UNIT_NAME, "Chỉ đạo của Ủy ban nhân dân Thành phố", NOTE,
        report.directions()));
    return csv.toString();
  }

  private static Map<Column, Object> unitRow(String period, UnitReport u, String name) {
    KnownFigures k = u.known();
    Map<Column, Object> row = cells(PERIOD, period, UNIT_ID, u.unitId(), UNIT_NAME, name, STATUS, u.status().label(),
        LATE, yesNo(u.late()), SUBMITTED_AT, when(u.submittedAt()), CAP, u.onSiteCapPercent(), GRADE, u.grade(),
        LEVELS, u.epidemicLevels(), OPERATING_MODE, u.operatingMode());
    row.putAll(cells(TRAVEL_APPROVED, k.travelApproved(), TRAVEL_REJECTED, k.travelRejected(), TRAVEL_EXPIRED,
        k.travelExpired(), LATE_DECLARATIONS, k.lateDeclarations(), INCIDENTS_LOW, k.incidentsLow(), INCIDENTS_HIGH,
        k.incidentsHigh(), INCIDENTS_CRITICAL, k.incidentsCritical(), INFECTIONS_REPORTED, k.infectionsReported(),
        RECORDED, k.violationsRecorded(), SELF_HANDLED, k.violationsSelfHandled(), HANDLINGS, k.handlingsText()));
    UnitSubmission s = u.submission();
    if (s != null) {
      row.putAll(cells(INFECTED, s.staffInfected(), INFECTED_BY_NON_COMPLIANCE, s.staffInfectedByNonCompliance(),
          HANDLED, s.violationsHandled(), REWARDS, s.rewardsProposed(), WORKING_RULES, yesNo(s.workingRulesReviewed()),
          SAFETY, yesNo(s.safetyCriteriaReviewed()), ON_SITE, s.onSitePercent(), ABOVE_CAP, yesNo(u.aboveOnSiteCap()),
          FROM_HOME, s.workFromHome(), ONLINE_MEETINGS, yesNo(s.onlineMeetings())));
      row.put(SUMMARY, s.summary());
    }
    return row;
  }

  /** Column, value, column, value...; nulls allowed. */
  private static Map<Column, Object> cells(Object... pairs) {
    Map<Column, Object> cells = new EnumMap<>(Column.class);
    for (int i = 0; i < pairs.length; i += 2) {
      cells.put((Column) pairs[i], pairs[i + 1]);
    }
    return cells;
  }

  /** Names with their ids, so a reader can find each unit's row. */
  private static String names(List<String> ids, Function<String, String> unitName) {
    return String.join("; ", ids.stream().map(id -> unitName.apply(id) + " (" + id + ")").toList());
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? "Có" : "Không";
  }

  private static String when(Instant at) {
    return at == null ? null : WHEN.format(at);
  }

  private static void row(StringBuilder csv, Map<Column, Object> cells) {
    line(csv, Arrays.stream(Column.values()).map(cells::get).toList());
  }

  private static void line(StringBuilder csv, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
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
