package vn.gov.congvu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.organization.ProcessOwner;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;

class DirectoryIdentityTest {

  private final List<Unit> units = List.of(new Unit("city", "Ủy ban nhân dân Thành phố", UnitKind.CITY, null, true),
      new Unit("w1", "Phường 1", UnitKind.WARD, "city", true));

  @Test
  void eachRoleGetsItsUnitGroups() {
    DirectoryIdentity identity = DirectoryIdentity.of(units, List.of(
        new StaffMember("h", "Lê Văn Hải", null, null, "w1", StaffRole.HEAD),
        new StaffMember("d", "Đỗ Thu", null, null, "w1", StaffRole.DUTY),
        new StaffMember("s", "Mai", null, null, "w1", StaffRole.STAFF)),
        List.of(new ProcessOwner("o", "Chủ Quản", null)));

    assertThat(identity.memberships().get("h")).containsExactlyInAnyOrder("staff", "members-w1", "heads-w1", "unit-heads");
    assertThat(identity.memberships().get("d")).containsExactlyInAnyOrder("staff", "members-w1", "duty-w1",
        "duty-officers");
    assertThat(identity.memberships().get("s")).containsExactlyInAnyOrder("staff", "members-w1");
    assertThat(identity.memberships().get("o")).containsExactly("process-owners");
    assertThat(identity.groupNames()).containsEntry("heads-w1", "Lãnh đạo - Phường 1");
  }

  @Test
  void givenNameIsTheLastWord() {
    assertThat(DirectoryIdentity.Person.of("h", "Lê Văn Hải", null))
        .extracting(DirectoryIdentity.Person::firstName, DirectoryIdentity.Person::lastName)
        .containsExactly("Lê Văn", "Hải");
    assertThat(DirectoryIdentity.Person.of("s", "Mai", null).firstName()).isEqualTo("Mai");
  }
}
