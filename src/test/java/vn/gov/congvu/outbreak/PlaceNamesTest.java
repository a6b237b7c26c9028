package vn.gov.congvu.outbreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  @Test
  void diacriticsAndCaseDoNotMatter() {
    assertThat(PlaceNames.mentions("Da Lat", "Đà Lạt")).isTrue();
    assertThat(PlaceNames.mentions("ĐÀ LẠT", "đà lạt")).isTrue();
    assertThat(PlaceNames.mentions("Thành phố Đà Lạt, Lâm Đồng", "Da Lat")).isTrue();
    assertThat(PlaceNames.normalise("Quận Ba Đình, Hà Nội")).isEqualTo("quan ba dinh ha noi");
  }

  @Test
  void onlyWholeWordsMatch() {
    assertThat(PlaceNames.mentions("Lạt", "Đà Lạt")).isFalse();
    assertThat(PlaceNames.mentions("Đà Nẵng", "Đà Lạt")).isFalse();
    assertThat(PlaceNames.mentions("Hà Nội", "Hà")).isTrue();
    assertThat(PlaceNames.mentions("Hà Nội", "")).isFalse();
  }

  @Test
  void announcementMustOverlapTheTrip() {
    OutbreakArea area = new OutbreakArea(1L, "Đà Lạt", "Lâm Đồng", "CDC Lâm Đồng", LocalDate.of(2021, 5, 10),
        LocalDate.of(2021, 5, 20));
    assertThat(area.overlaps(LocalDate.of(2021, 5, 20), LocalDate.of(2021, 5, 22))).isTrue();
    assertThat(area.overlaps(LocalDate.of(2021, 5, 21), LocalDate.of(2021, 5, 22))).isFalse();
    assertThat(area.overlaps(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 9))).isFalse();
    OutbreakArea open = new OutbreakArea(2L, "Huế", "Thừa Thiên Huế", "Bộ Y tế", LocalDate.of(2021, 5, 1), null);
    assertThat(open.overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 2))).isTrue();
  }
}
