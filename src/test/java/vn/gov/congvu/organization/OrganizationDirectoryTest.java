package vn.gov.congvu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.congvu.support.ApplicationTest;

class OrganizationDirectoryTest extends ApplicationTest {

  @Autowired
  OrganizationDirectory directory;

  @Test
  void demoOrganizationIsLoadedWithVietnameseNames() {
    assertThat(directory.unit("ben-nghe")).get().extracting(Unit::name, Unit::kind, Unit::parentId)
        .containsExactly("Ủy ban nhân dân Phường Bến Nghé", UnitKind.WARD, "district-1");
    assertThat(directory.staffMember("d1staff")).get().extracting(StaffMember::unitId, StaffMember::role)
        .containsExactly("district-1", StaffRole.STAFF);
  }

  @Test
  void headOfUnitRequestGoesToSuperiorLeader() {
    assertThat(directory.approverGroupFor("d1staff")).isEqualTo("heads-district-1");
    assertThat(directory.approverGroupFor("d1head")).isEqualTo("heads-city-committee");
    assertThat(directory.approverGroupFor("bnhead")).isEqualTo("heads-district-1");
  }

  @Test
  void theCityIsFoundByItsKind() {
    assertThat(directory.city().id()).isEqualTo("city-committee");
  }

  @Test
  void activeUnitsAreTheSixBelowTheCity() {
    assertThat(directory.activeUnits()).extracting(Unit::id).containsExactlyInAnyOrder("home-affairs",
        "health-dept", "district-1", "ben-nghe", "thu-duc", "an-khanh");
  }

  @Test
  void unknownUnitIsRefused() {
    assertThatThrownBy(() -> directory.ancestry("atlantis")).isInstanceOf(UnknownUnitException.class);
    assertThatThrownBy(() -> directory.parentOf("atlantis")).isInstanceOf(UnknownUnitException.class);
  }

  @Test
  void ancestryRunsFromTheUnitUpToTheCity() {
    assertThat(directory.ancestry("ben-nghe")).extracting(Unit::id)
        .containsExactly("ben-nghe", "district-1", "city-committee");
    assertThat(directory.ancestry("city-committee")).extracting(Unit::id).containsExactly("city-committee");
    assertThat(directory.parentOf("ben-nghe")).get().extracting(Unit::id).isEqualTo("district-1");
    assertThat(directory.parentOf("city-committee")).isEmpty();
  }
}
