package vn.gov.congvu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.core.io.ByteArrayResource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The hard cases of the Vietnamese work calendar. */
class WorkCalendarTest {

  static final HolidayTable SHIPPED = ShippedCalendar.HOLIDAYS;

  private final WorkCalendar calendar = shipped();

  @Test
  void hoursSkipTheLunchBreak() {
    assertThat(hours(at(2026, 11, 24, 10, 30), 2)).isEqualTo(at(2026, 11, 24, 14, 0));
    assertThat(hours(at(2026, 11, 24, 12, 0), 1)).isEqualTo(at(2026, 11, 24, 14, 0));
  }

  @Test
  void workingTimeBetweenCountsOnlyOfficeHours() {
    // Friday 16:00 to Monday 09:00: an hour on Friday, an hour and a half on Monday.
    assertThat(calendar.workingTimeBetween(at(2026, 12, 4, 16, 0), at(2026, 12, 7, 9, 0)))
        .isEqualTo(Duration.ofMinutes(150));
    // Over lunch: 11:00 to 13:30 is half an hour before it and half an hour after.
    assertThat(calendar.workingTimeBetween(at(2026, 11, 24, 11, 0), at(2026, 11, 24, 13, 30)))
        .isEqualTo(Duration.ofMinutes(60));
    // Evening and night only, and the wrong way round: nothing.
    assertThat(calendar.workingTimeBetween(at(2026, 11, 24, 18, 0), at(2026, 11, 25, 7, 0))).isZero();
    assertThat(calendar.workingTimeBetween(at(2026, 11, 25, 9, 0), at(2026, 11, 24, 9, 0))).isZero();
    // Adding working time and measuring it back agree.
    Instant start = at(2026, 12, 4, 9, 0);
    assertThat(calendar.workingTimeBetween(start, hours(start, 8))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void hoursCrossTheWeekend() {
    // Friday 09:00 + 8 h: 6.5 h left on Friday, 1.5 h on Monday morning.
    assertThat(hours(at(2026, 12, 4, 9, 0), 8)).isEqualTo(at(2026, 12, 7, 9, 0));
    // Saturday evening counts from Monday's opening.
    assertThat(hours(at(2026, 12, 5, 20, 0), 1)).isEqualTo(at(2026, 12, 7, 8, 30));
    // Ending exactly at closing time stays on Friday.
    assertThat(hours(at(2026, 12, 4, 13, 0), 4)).isEqualTo(at(2026, 12, 4, 17, 0));
  }

  @Test
  @Timeout(10) // the bug this guards against was an endless loop
  void aStartWithAFractionOfASecondKeepsIt() {
    // Instant.now() carries nanoseconds: 08:05:04.123 + 8 h crosses two period ends and keeps the fraction.
    Instant start = at(2026, 11, 23, 8, 5).plusMillis(4_123);
    assertThat(calendar.addWorkingTime(start, Duration.ofHours(8))).isEqualTo(at(2026, 11, 24, 8, 5).plusMillis(4_123));
    // Every seventh minute of a week, each with a fraction of a second: the sum ends, and after the start.
    for (int minute = 0; minute < 7 * 24 * 60; minute += 7) {
      Instant from = at(2026, 11, 23, 0, 0).plusSeconds(minute * 60L).plusMillis(877);
      assertThat(calendar.addWorkingTime(from, Duration.ofHours(8))).isAfter(from);
    }
  }

  @Test
  void hoursCrossTheTetWeek() {
    // Friday 13 Feb 2026, 16:00 + 2 h: Tết Bính Ngọ runs 14–22 Feb; work resumes Monday 23 Feb.
    assertThat(hours(at(2026, 2, 13, 16, 0), 2)).isEqualTo(at(2026, 2, 23, 8, 30));
    assertThat(calendar.nonWorkingDays(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22))).hasSize(9);
  }

  @Test
  void aSwapSaturdayIsAWorkingDay() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    // Friday 25 April 2025, 16:00 + 2 h: one hour left, then the swap Saturday morning.
    assertThat(hours(at(2025, 4, 25, 16, 0), 2)).isEqualTo(at(2025, 4, 26, 8, 30));
  }

  @Test
  void yearBoundaries() {
    // Wednesday 31 Dec 2025, 16:00 + 3 h: 1 Jan is Tết Dương lịch and 2 Jan 2026 is a swapped day off.
    assertThat(hours(at(2025, 12, 31, 16, 0), 3)).isEqualTo(at(2026, 1, 5, 9, 30));
    assertThat(calendar.addWorkingDays(at(2026, 12, 31, 8, 0), 2)).isEqualTo(at(2027, 1, 5, 8, 0));
  }

  @Test
  void workingDaysKeepTheTimeOfDay() {
    // Monthly reports: opened Monday 30 Nov 2026 at 08:00, due two working days later.
    assertThat(calendar.addWorkingDays(at(2026, 11, 30, 8, 0), 2)).isEqualTo(at(2026, 12, 2, 8, 0));
    // Opened on a Saturday (31 Oct 2026): Monday and Tuesday count.
    assertThat(calendar.addWorkingDays(at(2026, 10, 31, 8, 0), 2)).isEqualTo(at(2026, 11, 3, 8, 0));
  }

  @Test
  void nonWorkingDaysOfATripAreNamed() {
    assertThat(calendar.nonWorkingDays(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 3)))
        .extracting(NonWorkingDay::reason)
        .containsExactly("Ngày Giải phóng miền Nam, thống nhất đất nước", "Ngày Quốc tế lao động", "Thứ Bảy",
            "Chủ nhật");
    assertThat(calendar.nonWorkingDays(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26))).isEmpty();
  }

  @Test
  void malformedFileIsRefusedWithItsName() {
    ByteArrayResource bad = new ByteArrayResource("{\"year\": 2030, \"holidays\": [{\"date\": \"30/04/2030\"}]}"
        .getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "vn-2030.json";
      }
    };
    assertThatThrownBy(() -> HolidayTable.read(new ObjectMapper(), bad)).hasMessageContaining("vn-2030.json");
  }

  @Test
  void everyShippedYearIsCovered() {
    assertThat(SHIPPED.covers(2025)).isTrue();
    assertThat(SHIPPED.covers(2026)).isTrue();
    assertThat(SHIPPED.covers(2027)).isTrue();
  }

  private Instant hours(Instant start, int hours) {
    return calendar.addWorkingTime(start, Duration.ofHours(hours));
  }

  static WorkCalendar shipped() {
    return ShippedCalendar.vietnam();
  }

  static Instant at(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(WorkCalendar.ZONE).toInstant();
  }
}
