package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading a case's history back into the levels' actions, line by line. */
class LevelActionTest {

  @Test
  void eachLevelsEscalationsAndResolutionInOrder() {
    String history = String.join("\n",
        "03/12/2026 09:00 | UNIT_DUTY | hệ thống | " + IncidentHistory.RECEIVED + "Cổng 1022",
        "03/12/2026 09:30 | UNIT_DUTY | d1duty | " + IncidentHistory.ESCALATED + "cần lãnh đạo",
        "03/12/2026 10:30 | UNIT_HEAD | hệ thống | " + IncidentHistory.SLA_PASSED_UP,
        "03/12/2026 11:00 | DISTRICT | d1head | " + IncidentHistory.RESOLVED + "đã xử lý | xong");
    assertThat(LevelAction.of(history)).containsExactly(
        new LevelAction("UNIT_DUTY", LevelAction.Kind.ESCALATED_BY_DECISION),
        new LevelAction("UNIT_HEAD", LevelAction.Kind.ESCALATED_BY_CLOCK),
        new LevelAction("DISTRICT", LevelAction.Kind.RESOLVED));
  }

  @Test
  void linesWithoutFourPartsAnUnknownLevelOrNoActionCountForNothing() {
    String history = String.join("\n",
        "03/12/2026 09:30 | UNIT_DUTY | " + IncidentHistory.ESCALATED + "thiếu người làm",
        "03/12/2026 09:30 | PROVINCE | d1duty | " + IncidentHistory.ESCALATED + "x",
        " | UNIT_HEAD |  | " + IncidentHistory.ESCALATED,
        "03/12/2026 10:30 | CITY | hệ thống | " + IncidentHistory.SLA_AT_TOP,
        "");
    assertThat(LevelAction.of(history))
        .containsExactly(new LevelAction("UNIT_HEAD", LevelAction.Kind.ESCALATED_BY_DECISION));
    assertThat(LevelAction.of(null)).isEmpty();
  }
}
