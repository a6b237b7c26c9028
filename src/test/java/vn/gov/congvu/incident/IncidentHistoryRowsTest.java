package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.incident.IncidentHistoryRows.Row;

/** The case history as a level reads it: levels in Vietnamese, people by name, no reason or source codes. */
class IncidentHistoryRowsTest {

  private static final Map<String, String> NAMES = Map.of("bnduty", "Đặng Thị Ngọc", "bnstaff", "Bùi Quốc Huy",
      "bnhead", "Hoàng Văn Bình");

  @Test
  void eachLineIsARowWithTheLevelInVietnameseAndThePersonByName() {
    // 01/12/2026 08:00 in Vietnam.
    Instant at = Instant.parse("2026-12-01T01:00:00Z");
    String history = IncidentHistory.append(null, at, "UNIT_DUTY", "bnduty",
        IncidentHistory.RECEIVED + "CITIZEN_LETTER: Cán bộ gây khó dễ");
    history = IncidentHistory.append(history, at.plusSeconds(3600), "UNIT_DUTY", null, IncidentHistory.SLA_PASSED_UP);
    history = IncidentHistory.append(history, at.plusSeconds(7200), "UNIT_HEAD", null,
        IncidentProcess.REASON_LEVEL_VACATED + ": cấp này không còn người đảm nhiệm");
    history = IncidentHistory.append(history, at.plusSeconds(9000), "DISTRICT", "bnhead", IncidentHistory.RESOLVED
        + "Kiểm điểm\ntrước cơ quan" + LevelDecisionText.VIOLATORS + "bnstaff, left; hình thức xử lý: Khiển trách");

    List<Row> rows = IncidentHistoryRows.of(history, id -> NAMES.getOrDefault(id, id));

    assertThat(rows).containsExactly(
        new Row("01/12/2026 08:00", "Cán bộ trực của đơn vị", "Đặng Thị Ngọc",
            "Tiếp nhận từ Đơn thư của người dân: Cán bộ gây khó dễ"),
        new Row("01/12/2026 09:00", "Cán bộ trực của đơn vị", IncidentHistoryRows.SYSTEM,
            "Quá hạn, tự động chuyển cấp trên"),
        new Row("01/12/2026 10:00", "Lãnh đạo đơn vị", IncidentHistoryRows.SYSTEM,
            "Cấp này không còn người đảm nhiệm"),
        new Row("01/12/2026 10:30", "Lãnh đạo đơn vị cấp trên", "Hoàng Văn Bình",
            "Đã xử lý: Kiểm điểm\ntrước cơ quan. Cán bộ vi phạm: Bùi Quốc Huy, left; hình thức xử lý: Khiển trách"));
  }

  @Test
  void noHistoryIsNoRow() {
    assertThat(IncidentHistoryRows.of(null, id -> id)).isEmpty();
    assertThat(IncidentHistoryRows.of(" ", id -> id)).isEmpty();
  }
}
