package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.web.InputRejected;

/** Periods from the installation's month to the current month, in Vietnam time; no Spring. */
class PeriodBoundsTest {

  // Installed 20 Nov 2026 (Vietnam time); now 1 Jan 2027 at 06:30 in Vietnam, still 31 Dec 2026 in UTC.
  private static final Instant INSTALLED = Instant.parse("2026-11-20T02:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-31T23:30:00Z");

  @Test
  void fromTheInstallationsMonthToTheCurrentMonth() {
    assertThat(PeriodBounds.accepted("2026-11", INSTALLED, NOW)).hasToString("2026-11");
    assertThat(PeriodBounds.accepted(" 2027-01 ", INSTALLED, NOW)).hasToString("2027-01");
  }

  @Test
  void anythingElseIsRefusedNamingPeriod() {
    for (Object period : new Object[] {"2026-10", "2027-02", "0000-01", "1900-01", "9999-12", "2026-13", "2026/11",
        202611, null}) {
      assertThatThrownBy(() -> PeriodBounds.accepted(period, INSTALLED, NOW)).as(String.valueOf(period))
          .isInstanceOfSatisfying(InputRejected.class, refused -> {
            assertThat(refused.field()).isEqualTo("period");
            assertThat(refused.status()).isEqualTo(400);
          });
    }
    assertThatThrownBy(() -> PeriodBounds.accepted("2027-02", INSTALLED, NOW)).isInstanceOf(InputRejected.class)
        .hasMessage("period: Chỉ mở được kỳ báo cáo từ tháng 11/2026 (tháng bắt đầu sử dụng hệ thống) đến tháng "
            + "01/2027 (tháng hiện tại)");
  }
}
