package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV cells as Excel must read them: quoted when needed, never a formula. */
class ReportCsvTest {

  @Test
  void cellsAreQuotedOnlyWhenNeeded() {
    assertThat(ReportCsv.cell(null)).isEmpty();
    assertThat(ReportCsv.cell("Phường Bến Nghé")).isEqualTo("Phường Bến Nghé");
    assertThat(ReportCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(ReportCsv.cell("nói \"không\"")).isEqualTo("\"nói \"\"không\"\"\"");
    assertThat(ReportCsv.cell("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
  }

  @Test
  void rowsAreInVietnameseAndKeepTheUnitId() {
    UnitReport late = new UnitReport("2026-11", "an-khanh", UnitReportStatus.SUBMITTED, true,
        Instant.parse("2026-12-01T02:05:00Z"), "akhead", new UnitSubmission(1, 0, 0, null, null, false, 20, 5, false,
            "Báo cáo trễ"), KnownFigures.NONE, "Hoàn thành nhiệm vụ", 33, "thu-duc",
        "Cấp độ 4 – nguy cơ rất cao (vùng đỏ) từ 02/11/2026 (12/QĐ-UBND)", "20 % tại cơ quan");
    DistrictReport thuDuc = new DistrictReport("2026-11", "thu-duc", DistrictReportStatus.SENT, "Đã tổng hợp",
        Instant.parse("2026-12-01T09:30:00Z"), "tdhead");
    MonthlyReport report = new MonthlyReport("2026-11", "CONSOLIDATING", List.of(late), new MonthlyReport.Totals(1,
        0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0), List.of("an-khanh"), List.of(), List.of(), List.of(thuDuc), null,
        "Giữ nghiêm kỷ luật");

    String csv = ReportCsv.of(report, id -> id.equals("thu-duc") ? "Thủ Đức" : "Phường An Khánh");

    assertThat(csv).startsWith(ReportCsv.BOM + "Kỳ báo cáo,Mã đơn vị,Tên đơn vị,Trạng thái,Trễ hạn,Thời điểm gửi,")
        .contains("\r\n2026-11,an-khanh,Phường An Khánh,Đã báo cáo,Có,01/12/2026 09:05,1,0,0,,,Không,20,33,Không,5,")
        .contains("Hoàn thành nhiệm vụ,Cấp độ 4 – nguy cơ rất cao (vùng đỏ) từ 02/11/2026 (12/QĐ-UBND),"
            + "20 % tại cơ quan,Báo cáo trễ,Thủ Đức,\r\n").contains("Phường An Khánh (an-khanh)")
        .contains("\r\n2026-11,thu-duc,Báo cáo tổng hợp của Thủ Đức,Đã gửi Sở Nội vụ,,01/12/2026 16:30,")
        .contains(",Đã tổng hợp,Sở Nội vụ,\r\n").contains("Chỉ đạo của Ủy ban nhân dân Thành phố")
        .contains("Giữ nghiêm kỷ luật");
  }

  @Test
  void aLeadingFormulaCharacterIsNeutralisedButNumbersStayNumbers() {
    assertThat(ReportCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ReportCsv.cell(-3)).isEqualTo("-3");
  }
}
