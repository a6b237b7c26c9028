package vn.gov.congvu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.congvu.calendar.WorkCalendarTest.at;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one notation for working time: what it accepts, what it refuses. */
class WorkingDurationTest {

  private final WorkCalendar calendar = WorkCalendarTest.shipped();

  @Test
  void officeHoursAndWorkingDays() {
    assertThat(WorkingDuration.parse("working PT8H")).isEqualTo(new WorkingDuration(Duration.ofHours(8), 0));
    assertThat(WorkingDuration.parse("working PT1H30M").officeTime()).isEqualTo(Duration.ofMinutes(90));
    assertThat(WorkingDuration.parse("working P2D")).isEqualTo(new WorkingDuration(Duration.ZERO, 2));
    // Friday 09:00 + 2 working days: Tuesday 09:00.
    assertThat(WorkingDuration.parse("working P2D").addTo(at(2026, 12, 4, 9, 0), calendar))
        .isEqualTo(at(2026, 12, 8, 9, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"working P1M", "working P1Y", "working P2W", "working P1DT4H", "working PT", "working 8h",
      "working "})
  void whatHasNoAgreedMeaningIsRefusedNotReadAsZero(String description) {
    assertThatThrownBy(() -> WorkingDuration.parse(description)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(description);
  }

  @Test
  void onlyTheWorkingPrefixIsOurs() {
    assertThat(WorkingDuration.isWorking("working PT8H")).isTrue();
    assertThat(WorkingDuration.isWorking("PT8H")).isFalse();
    assertThat(WorkingDuration.isWorking(null)).isFalse();
  }
}
