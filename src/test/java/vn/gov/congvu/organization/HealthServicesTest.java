package vn.gov.congvu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Which health service looks after a unit's staff (T5), alone: the demo directory in memory, no database. */
class HealthServicesTest {

  private static final HealthService DISTRICT_1 = new HealthService("district-1", "Trung tâm Y tế Quận 1",
      "ttyt.quan1@congvu.example.vn");
  private static final HealthService BEN_NGHE = new HealthService("ben-nghe", "Trạm Y tế Phường Bến Nghé",
      "tramyte.bennghe@congvu.example.vn");

  @Test
  void aWardHasItsOwnStationADistrictItsCentre() {
    HealthServices services = with(DISTRICT_1, BEN_NGHE);
    assertThat(services.nearest("ben-nghe")).contains(BEN_NGHE);
    assertThat(services.nearest("district-1")).contains(DISTRICT_1);
  }

  @Test
  void aWardWithoutAStationIsServedByItsDistrict() {
    assertThat(with(DISTRICT_1).nearest("ben-nghe")).contains(DISTRICT_1);
  }

  @Test
  void nothingAboveTheDistrictCountsNotEvenTheCity() {
    HealthService city = new HealthService("city-committee", "Sở Y tế", "soyte@congvu.example.vn");
    assertThat(with(city, DISTRICT_1).nearest("home-affairs")).isEmpty();
    assertThat(with(city).nearest("an-khanh")).isEmpty();
  }

  private static HealthServices with(HealthService... rows) {
    Map<String, HealthService> byUnit = List.of(rows).stream()
        .collect(Collectors.toMap(HealthService::unitId, Function.identity()));
    return new HealthServices(InMemoryDirectory.demo(), new HealthServiceTable(null) {
      @Override
      public Map<String, HealthService> of(Collection<String> unitIds) {
        return byUnit.entrySet().stream().filter(e -> unitIds.contains(e.getKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      }
    });
  }
}
