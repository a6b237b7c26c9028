package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ConsolidationTextTest {

  private static final KnownFigures NOTHING_KNOWN = KnownFigures.NONE;

  @Test
  void aCityOfAThousandUnitsFitsTheTextVariable() {
    List<UnitReport> units = IntStream.range(0, 1000)
        .mapToObj(i -> unit("ward-" + i, i % 2 == 0 ? "Hoàn thành tốt nhiệm vụ" : null)).toList();
    List<String> late = units.stream().filter(u -> u.grade() == null).map(UnitReport::unitId).toList();
    MonthlyReport report = new MonthlyReport("2031-05", "CONSOLIDATING", units,
        new MonthlyReport.Totals(500, 0, 500, 3, 1, 4, 5, 2, 6, 7, 0, 0, 0, 0, 0), late, List.of(), List.of(),
        List.of(), null, null);

    String text = ConsolidationText.of(report, id -> "Phường " + id);

    assertThat(text.length()).isLessThanOrEqualTo(ConsolidationText.MAX_LENGTH);
    assertThat(text).contains("Đơn vị trễ hạn hoặc chưa báo cáo: Phường ward-1, Phường ward-3")
        .contains("và 480 đơn vị khác")
        .contains("Xếp loại: Hoàn thành tốt nhiệm vụ 500 đơn vị, chưa xếp loại 500 đơn vị")
        .contains("/api/monthly-reports/2031-05");
  }

  @Test
  void aSmallCityIsListedInFull() {
    MonthlyReport report = new MonthlyReport("2031-05", "CONSOLIDATING", List.of(
        unit("an-khanh", "Hoàn thành nhiệm vụ"), unit("ben-nghe", "Hoàn thành xuất sắc nhiệm vụ"),
        unit("home-affairs", "Không hoàn thành nhiệm vụ")), new MonthlyReport.Totals(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0), List.of("an-khanh"), List.of(), List.of(), List.of(), null,
        null);

    assertThat(ConsolidationText.of(report, id -> "Phường An Khánh"))
        .contains("Đơn vị trễ hạn hoặc chưa báo cáo: Phường An Khánh\n").doesNotContain("đơn vị khác")
        .contains("Xếp loại: Hoàn thành xuất sắc nhiệm vụ 1 đơn vị, Hoàn thành nhiệm vụ 1 đơn vị, "
            + "Không hoàn thành nhiệm vụ 1 đơn vị");
  }

  @Test
  void aDistrictConsolidatingBeforeTheGradesShowsNoGradeLine() {
    MonthlyReport report = new MonthlyReport("2031-05", "COLLECTING", List.of(unit("district-1", null),
        unit("ben-nghe", null)), new MonthlyReport.Totals(2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), List.of(),
        List.of(), List.of(), List.of(), null, null);

    assertThat(ConsolidationText.of(report, id -> id)).contains("2 đơn vị đã báo cáo").doesNotContain("Xếp loại")
        .doesNotContain("Theo quận");
  }

  private static UnitReport unit(String id, String grade) {
    return new UnitReport("2031-05", id, UnitReportStatus.SUBMITTED, false, null, null, new UnitSubmission(0, null, 0,
        null, null, true, 20, null, null, ""), NOTHING_KNOWN, grade, null, null, null, null);
  }
}
