package vn.gov.congvu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.organization.OrganizationRepository;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.support.ApplicationTest;

class IdentitySyncTest extends ApplicationTest {

  private static final StaffMember BNSTAFF = new StaffMember("bnstaff", "Bùi Quốc Huy", "bnstaff@congvu.example.vn",
      "0283 829 5003", "ben-nghe", StaffRole.STAFF);

  @Autowired
  IdentitySync sync;
  @Autowired
  AuthorizationSetup authorizations;
  @Autowired
  IdentityStartup startup;
  @Autowired
  OrganizationRepository directory;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void restoreDirectory() {
    directory.save(BNSTAFF);
    sync.sync();
  }

  @Test
  void startupCreatedEveryContractUserFromTheDirectory() {
    assertThat(identity.createUserQuery().userIdIn("chairman", "hahead", "haofficer", "healthhead", "d1head",
        "d1duty", "d1staff", "bnhead", "bnduty", "bnstaff", "tdhead", "akhead", "owner", "admin").count())
        .isEqualTo(14);
    assertThat(startup.lastReport()).isNotNull();
  }

  @Test
  void secondSyncChangesNothing() {
    assertThat(sync.sync().total()).isZero();
    assertThat(authorizations.apply()).isZero();
  }

  @Test
  void aStartOverAnUnchangedDirectoryReadsInBulkAndWritesNothing() {
    WrittenTables.Result<SyncReport> sync = WrittenTables.during(jdbc, this.sync::sync);

    assertThat(sync.value().total()).isZero();
    assertThat(sync.tables()).isEmpty();
    // The directory (units, staff, owners) and Camunda (groups, users, memberships): a query each, not one per person.
    assertThat(sync.statementsOn("ORG_UNIT", "STAFF", "PROCESS_OWNER", "ACT_ID_")).isEqualTo(6);
  }

  @Test
  void aMembershipMissingFromCamundaOrLeftOverIsPutRightAndNothingElseWritten() {
    identity.deleteMembership("bnstaff", "members-ben-nghe");
    identity.createMembership("bnstaff", "heads-ben-nghe");
    identity.createMembership("admin", "staff"); // not in the directory: loses the directory's groups

    WrittenTables.Result<SyncReport> sync = WrittenTables.during(jdbc, this.sync::sync);

    assertThat(sync.value()).isEqualTo(new SyncReport(0, 0, 3, 0));
    // Camunda's deleteMembership also clears the group's membership grants (none here): its DELETE counts.
    assertThat(sync.tables()).containsOnly("ACT_ID_MEMBERSHIP", "ACT_RU_AUTHORIZATION");
    assertThat(groupsOf("bnstaff")).containsExactlyInAnyOrder("staff", "members-ben-nghe");
    assertThat(groupsOf("admin")).containsExactly("camunda-admin");
  }

  @Test
  void vietnameseNameShowsFamilyNameFirst() {
    User user = identity.createUserQuery().userId("d1staff").singleResult();
    assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Phạm Thị Lan");
    assertThat(user.getEmail()).isEqualTo("d1staff@congvu.example.vn");
  }

  @Test
  void movedStaffMemberLeavesOldUnitGroupsAndJoinsNewOnes() {
    directory.save(new StaffMember("bnstaff", "Bùi Quốc Huy", "huy@congvu.example.vn", null, "an-khanh",
        StaffRole.DUTY));

    SyncReport report = sync.sync();

    assertThat(report.membershipsChanged()).isPositive();
    assertThat(groupsOf("bnstaff")).containsExactlyInAnyOrder("staff", "members-an-khanh", "duty-an-khanh",
        "duty-officers");
    assertThat(identity.createUserQuery().userId("bnstaff").singleResult().getEmail())
        .isEqualTo("huy@congvu.example.vn");
    assertThat(sync.sync().total()).isZero();
  }

  @Test
  void passwordIsNotResetBySync() {
    sync.sync();
    assertThat(identity.checkPassword("bnhead", DEMO_PASSWORD)).isTrue();
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
