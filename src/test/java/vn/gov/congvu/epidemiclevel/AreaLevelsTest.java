package vn.gov.congvu.epidemiclevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** W1: a ward's own level, else its district's; what was in force during a month. */
class AreaLevelsTest {

  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  private final Announcement district3 = announcement(1, "district-1", 3, DEC_1);
  private final Announcement ward4 = announcement(2, "ben-nghe", 4, DEC_1.plusDays(10));
  private final Announcement ward2 = announcement(3, "ben-nghe", 2, DEC_1.plusDays(20));
  private final Announcement laterDistrict1 = announcement(4, "district-1", 1, DEC_1.plusDays(25));
  private final AreaLevels levels = new AreaLevels(List.of(laterDistrict1, ward2, district3, ward4),
      unit -> unit.equals("ben-nghe") || unit.equals("da-kao") ? Optional.of("district-1") : Optional.empty());

  @Test
  void aWardFollowsItsDistrictUntilItHasALevelOfItsOwn() {
    assertThat(levels.inForce("ben-nghe", DEC_1.minusDays(1))).isEmpty();
    assertThat(levels.inForce("ben-nghe", DEC_1)).contains(district3);
    assertThat(levels.inForce("ben-nghe", DEC_1.plusDays(10))).contains(ward4);
    assertThat(levels.inForce("ben-nghe", DEC_1.plusDays(30))).contains(ward2); // its own stands
    assertThat(levels.inForce("da-kao", DEC_1.plusDays(30))).contains(laterDistrict1);
    assertThat(levels.hasOwn("ben-nghe", DEC_1)).isFalse();
    assertThat(levels.hasOwn("ben-nghe", DEC_1.plusDays(10))).isTrue();
  }

  @Test
  void aMonthListsEachLevelThatApplied() {
    assertThat(levels.during("ben-nghe", DEC_1, DEC_1.plusDays(30))).containsExactly(district3, ward4, ward2);
    assertThat(levels.during("da-kao", DEC_1, DEC_1.plusDays(30))).containsExactly(district3, laterDistrict1);
    assertThat(levels.during("an-khanh", DEC_1, DEC_1.plusDays(30))).isEmpty();
  }

  private static Announcement announcement(long id, String area, int level, LocalDate from) {
    return new Announcement(id, area, level, from, "QĐ-" + id, "healthhead", Instant.EPOCH, "p" + id, "CD-" + id);
  }
}
