package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.gov.congvu.incident.EscalationLevel.CITY;
import static vn.gov.congvu.incident.EscalationLevel.DISTRICT;
import static vn.gov.congvu.incident.EscalationLevel.HOME_AFFAIRS;
import static vn.gov.congvu.incident.EscalationLevel.UNIT_DUTY;
import static vn.gov.congvu.incident.EscalationLevel.UNIT_HEAD;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.organization.UnknownUnitException;
import vn.gov.congvu.support.ApplicationTest;

/** The chain of the demo directory, read from its tables (E1–E3). */
class IncidentChainTest extends ApplicationTest {

  @Autowired
  IncidentChain chain;

  @Test
  void wardChainGoesThroughItsDistrictToHomeAffairsAndTheCity() {
    assertThat(chain.of("ben-nghe")).extracting(EscalationStep::level, EscalationStep::candidateGroup)
        .containsExactly(tuple(UNIT_DUTY, "duty-ben-nghe"), tuple(UNIT_HEAD, "heads-ben-nghe"),
            tuple(DISTRICT, "heads-district-1"), tuple(HOME_AFFAIRS, "members-home-affairs"),
            tuple(CITY, "heads-city-committee"));
  }

  @Test
  void districtChainHasNoDistrictLevelAboveIt() {
    assertThat(chain.of("district-1")).extracting(EscalationStep::level)
        .containsExactly(UNIT_DUTY, UNIT_HEAD, HOME_AFFAIRS, CITY);
  }

  @Test
  void levelsWithNobodyAreSkipped() {
    assertThat(chain.of("health-dept")).extracting(EscalationStep::level).containsExactly(UNIT_HEAD, HOME_AFFAIRS,
        CITY);
    assertThat(chain.of("an-khanh")).extracting(EscalationStep::unitId)
        .containsExactly("an-khanh", "thu-duc", "home-affairs", "city-committee");
  }

  @Test
  void positionsPastTheTopStayAtTheTop() {
    assertThat(chain.step("ben-nghe", 9).level()).isEqualTo(CITY);
    assertThat(chain.isTop("ben-nghe", 4)).isTrue();
    assertThat(chain.isTop("ben-nghe", 3)).isFalse();
  }

  @Test
  void unknownUnitIsRefused() {
    assertThatThrownBy(() -> chain.of("atlantis")).isInstanceOf(UnknownUnitException.class);
  }
}
