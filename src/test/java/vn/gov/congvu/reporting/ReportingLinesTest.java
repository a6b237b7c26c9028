package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;
import vn.gov.congvu.organization.InMemoryDirectory;

/** Wards report through their district; departments and districts without wards straight to Home Affairs. */
class ReportingLinesTest {

  private final OrganizationDirectory demo = InMemoryDirectory.demo();

  @Test
  void theDemoCitysWardsGoThroughTheirDistricts() {
    assertThat(ReportingLines.of(demo.activeUnits(), demo.units())).isEqualTo(Map.of("ben-nghe", "district-1",
        "district-1", "district-1", "an-khanh", "thu-duc", "thu-duc", "thu-duc"));
  }

  @Test
  void aDistrictWhoseWardsAreNotReportingReportsDirectly() {
    Unit district7 = new Unit("district-7", "Ủy ban nhân dân Quận 7", UnitKind.DISTRICT, "city-committee", true);
    List<Unit> reporting = new ArrayList<>(demo.activeUnits().stream().filter(u -> !u.id().equals("an-khanh"))
        .toList());
    reporting.add(district7);
    List<Unit> directory = new ArrayList<>(demo.units());
    directory.add(district7);

    Map<String, String> lines = ReportingLines.of(reporting, directory);

    assertThat(lines).doesNotContainKeys("thu-duc", "an-khanh", "home-affairs", "health-dept", "district-7");
    assertThat(lines).containsEntry("ben-nghe", "district-1");
  }
}
