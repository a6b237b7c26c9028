package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.congvu.incident.EscalationLevel.CITY;
import static vn.gov.congvu.incident.EscalationLevel.DISTRICT;
import static vn.gov.congvu.incident.EscalationLevel.HOME_AFFAIRS;
import static vn.gov.congvu.incident.EscalationLevel.UNIT_DUTY;
import static vn.gov.congvu.incident.EscalationLevel.UNIT_HEAD;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;

/** The chain rules alone, on hand-made directories: no Spring, no database. */
class EscalationChainTest {

  private static final Unit CITY_UNIT = new Unit("city", "Thành phố", UnitKind.CITY, null, true);
  private static final Unit DISTRICT_UNIT = new Unit("q3", "Quận 3", UnitKind.DISTRICT, "city", true);
  private static final Unit WARD = new Unit("p9", "Phường 9", UnitKind.WARD, "q3", true);
  private static final Unit HOME = new Unit("home-affairs", "Sở Nội vụ", UnitKind.DEPARTMENT, "city", true);

  private static final Set<StaffRole> HEAD_AND_DUTY = EnumSet.of(StaffRole.HEAD, StaffRole.DUTY);

  @Test
  void aWardClimbsThroughEveryLevel() {
    List<EscalationStep> chain = EscalationChain.staffed(EscalationChain.levels(List.of(WARD, DISTRICT_UNIT,
        CITY_UNIT)), Map.of("p9", HEAD_AND_DUTY, "q3", HEAD_AND_DUTY, "home-affairs", Set.of(StaffRole.STAFF),
        "city", Set.of(StaffRole.HEAD)));
    assertThat(chain).extracting(EscalationStep::level).containsExactly(UNIT_DUTY, UNIT_HEAD, DISTRICT,
        HOME_AFFAIRS, CITY);
  }

  @Test
  void aVacantLevelIsSkipped() {
    List<EscalationStep> chain = EscalationChain.staffed(EscalationChain.levels(List.of(WARD, DISTRICT_UNIT,
        CITY_UNIT)), Map.of("p9", Set.of(StaffRole.HEAD), "home-affairs", Set.of(StaffRole.HEAD),
        "city", Set.of(StaffRole.HEAD)));
    assertThat(chain).extracting(EscalationStep::unitId).containsExactly("p9", "home-affairs", "city");
  }

  @Test
  void homeAffairsOwnCaseKeepsItsGroupOnceAtTheHigherLevel() {
    List<EscalationStep> chain = EscalationChain.staffed(EscalationChain.levels(List.of(HOME, CITY_UNIT)),
        Map.of("home-affairs", HEAD_AND_DUTY, "city", Set.of(StaffRole.HEAD)));
    assertThat(chain).extracting(EscalationStep::level).containsExactly(UNIT_DUTY, UNIT_HEAD, HOME_AFFAIRS, CITY);
    assertThat(chain).extracting(EscalationStep::candidateGroup).doesNotHaveDuplicates();
  }

  @Test
  void theCityItselfIsItsOwnTop() {
    List<EscalationStep> chain = EscalationChain.staffed(EscalationChain.levels(List.of(CITY_UNIT)),
        Map.of("city", Set.of(StaffRole.HEAD), "home-affairs", Set.of(StaffRole.HEAD)));
    assertThat(chain.get(chain.size() - 1).level()).isEqualTo(CITY);
    assertThat(chain).extracting(EscalationStep::candidateGroup).doesNotHaveDuplicates();
  }
}
