package vn.gov.congvu.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** T3 about the actual return, alone. */
class DeclarationRuleTest {

  private static final Instant BACK = Instant.parse("2026-12-06T11:30:00Z"); // Sunday 18:30 in Vietnam
  private final DeclarationRule rule = new DeclarationRule(new TravelSettings(24, 14, 12));

  @Test
  void dueADayAfterComingBackAndLateOnlyPastThat() {
    assertThat(rule.due(BACK)).isEqualTo(Date.from(Instant.parse("2026-12-07T11:30:00Z")));
    assertThat(rule.late(Instant.parse("2026-12-07T11:30:00Z"), BACK)).isFalse();
    assertThat(rule.late(Instant.parse("2026-12-07T11:31:00Z"), BACK)).isTrue();
  }

  @Test
  void theClockJudgesAtTheDeadlineUnlessTheReturnWasReportedTooLateToConfirmByThen() {
    assertThat(rule.checkAt(BACK, Instant.parse("2026-12-06T12:30:00Z")))
        .as("reported an hour after coming back").isEqualTo(Date.from(Instant.parse("2026-12-07T11:30:00Z")));
    assertThat(rule.checkAt(BACK, Instant.parse("2026-12-07T05:30:00Z")))
        .as("reported 18 h after").isEqualTo(Date.from(Instant.parse("2026-12-07T17:30:00Z")));
    assertThat(rule.checkAt(BACK, Instant.parse("2026-12-09T03:00:00Z")))
        .as("reported three days late").isEqualTo(Date.from(Instant.parse("2026-12-09T15:00:00Z")));
  }
}
