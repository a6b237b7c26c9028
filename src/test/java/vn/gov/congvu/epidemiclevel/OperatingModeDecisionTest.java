package vn.gov.congvu.epidemiclevel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

/** The shipped operating-mode table: normal at levels 1–2, half on site at 3, the 2021 peak at 4 (seed 004). */
class OperatingModeDecisionTest extends ApplicationTest {

  @Autowired
  OperatingModes modes;

  @ParameterizedTest
  @CsvSource({"1,100,NORMAL,false,true", "2,100,NORMAL,false,true", "3,50,NORMAL,true,false",
      "4,33,URGENT_ONLY,true,false"})
  void eachLevelHasItsRules(int level, int cap, CitizenReception reception, boolean online, boolean normal) {
    OperatingMode mode = modes.forLevel(level);
    assertThat(mode).isEqualTo(new OperatingMode(level, cap, reception, online));
    assertThat(mode.isNormal()).isEqualTo(normal);
    assertThat(mode.describe()).contains(normal ? "bình thường" : "tối đa " + cap + " %");
  }
}
