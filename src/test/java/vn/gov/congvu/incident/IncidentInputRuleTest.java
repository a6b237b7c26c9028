package vn.gov.congvu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.organization.InMemoryDirectory;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.web.InputRejected;

/** Intake and handling rules of a case, alone: the demo directory in memory, no Spring, no database. */
class IncidentInputRuleTest {

  private final OrganizationDirectory directory = InMemoryDirectory.demo();
  private final IncidentReportValidator validator = new IncidentReportValidator(directory);
  private final IncidentChain chain = new IncidentChain(directory);
  private final IncidentInputRule rule = new IncidentInputRule(validator,
      new HandlingRules(directory, chain, new ChainPosition(chain, directory)));

  @Test
  void whoMayReportForWhichUnit() {
    IncidentReport benNghe = new IncidentReport("ben-nghe", "portal_1022", "other", "low", " Chậm trả hồ sơ ");
    assertThat(validator.validate(benNghe, new Caller("bnduty", false)).summary()).isEqualTo("Chậm trả hồ sơ");
    assertThat(validator.validate(benNghe, new Caller("d1head", false)).source()).isEqualTo(IncidentSource.PORTAL_1022);
    assertThat(validator.validate(benNghe, new Caller("haofficer", false)).unitId()).isEqualTo("ben-nghe");
    assertThatThrownBy(() -> validator.validate(benNghe, new Caller("akhead", false)))
        .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(() -> validator.validate(benNghe, new Caller("bnstaff", false)))
        .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void badCodesAreNamed() {
    Caller admin = new Caller("admin", true);
    assertThatThrownBy(() -> validator.validate(new IncidentReport("atlantis", "PRESS", "OTHER", "LOW", "x"), admin))
        .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.field()).isEqualTo("unitId"));
    assertThatThrownBy(() -> validator.validate(new IncidentReport("ben-nghe", "TV", "OTHER", "LOW", "x"), admin))
        .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.field()).isEqualTo("source"));
    assertThatThrownBy(() -> validator.validate(new IncidentReport("ben-nghe", "PRESS", "OTHER", "HUGE", "x"), admin))
        .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.field()).isEqualTo("severity"));
  }

  @Test
  void aLevelDecidesAndTheCityCannotPassItOn() {
    Map<String, Object> atDuty = new HashMap<>(Map.of("unitId", "ben-nghe", "level", "UNIT_DUTY",
        "candidateGroup", "duty-ben-nghe", "category", "OTHER"));
    assertThat(completion(atDuty, "decision", "ESCALATE", "actionTaken", "Vượt thẩm quyền")).isNull();
    assertThat(completion(atDuty, "decision", "MAYBE", "actionTaken", "x")).startsWith("decision:");
    assertThat(completion(atDuty, "decision", "RESOLVED")).startsWith("actionTaken:");
    Map<String, Object> atCity = new HashMap<>(Map.of("unitId", "ben-nghe", "level", "CITY",
        "candidateGroup", "heads-city-committee", "category", "OTHER"));
    assertThat(completion(atCity, "decision", "ESCALATE", "actionTaken", "Chuyển")).startsWith("decision:");
  }

  @Test
  void aResolvedStaffViolationNamesADirectoryUser() {
    Map<String, Object> staffCase = new HashMap<>(Map.of("unitId", "ben-nghe", "levelIndex", 0,
        "category", "STAFF_VIOLATION"));
    assertThat(completion(staffCase, "decision", "RESOLVED", "actionTaken", "Nhắc nhở", "violatorId", "bnstaff"))
        .isNull();
    assertThat(completion(staffCase, "decision", "RESOLVED", "actionTaken", "Nhắc nhở", "violatorId", "Bùi Huy"))
        .startsWith("violatorId:");
  }

  @Test
  void aViolationFoundNamesStaffOfTheCaseUnitOrBelowWithAKnownFormOfHandling() {
    Map<String, Object> districtCase = new HashMap<>(Map.of("unitId", "district-1", "levelIndex", 1,
        "category", "STAFF_VIOLATION", "decision", "RESOLVED", "actionTaken", "Kiểm điểm"));
    assertThat(completion(districtCase, "violationFound", false)).isNull();
    assertThat(completion(districtCase)).startsWith("violationFound:");
    assertThat(completion(districtCase, "violationFound", true, "violatorId", "bnstaff", "otherViolatorIds",
        " d1staff, ,bnduty ", "handling", "giang_chuc")).isNull();
    assertThat(completion(districtCase, "violationFound", true, "violatorId", "bnstaff", "otherViolatorIds",
        "d1staff, akhead")).startsWith("otherViolatorIds:").contains("Ngô Thị Hạnh");
    assertThat(completion(districtCase, "violationFound", false, "handling", "NHAC_NHO")).startsWith("handling:");
    assertThat(completion(districtCase, "violatorId", "hahead")).startsWith("violatorId:");
  }

  @Test
  void onlyHomeAffairsAdvisesAndItMustWhenItPassesACaseToTheCity() {
    Map<String, Object> atHomeAffairs = new HashMap<>(Map.of("unitId", "ben-nghe", "levelIndex", 3,
        "level", "HOME_AFFAIRS", "category", "OTHER", "decision", "ESCALATE", "actionTaken", "Tổng hợp"));
    assertThat(completion(atHomeAffairs)).startsWith("advice:");
    assertThat(completion(atHomeAffairs, "advice", " ")).startsWith("advice:");
    assertThat(completion(atHomeAffairs, "advice", "Đề nghị chỉ đạo")).isNull();
    assertThat(completion(atHomeAffairs, "decision", "RESOLVED")).as("within its remit").isNull();
    Map<String, Object> atDistrict = new HashMap<>(Map.of("unitId", "ben-nghe", "levelIndex", 2,
        "level", "DISTRICT", "category", "OTHER", "decision", "ESCALATE", "actionTaken", "Chuyển"));
    assertThat(completion(atDistrict, "advice", "Đề nghị")).startsWith("advice:");
    Map<String, Object> atCity = new HashMap<>(Map.of("unitId", "ben-nghe", "levelIndex", 4, "level", "CITY",
        "category", "OTHER", "decision", "RESOLVED", "actionTaken", "Chỉ đạo", "advice", "Đề nghị chỉ đạo"));
    assertThat(completion(atCity)).isNull();
  }

  private String completion(Map<String, Object> process, Object... submitted) {
    Map<String, Object> variables = new HashMap<>(process);
    for (int i = 0; i < submitted.length; i += 2) {
      variables.put((String) submitted[i], submitted[i + 1]);
    }
    return rule.checkCompletion(IncidentProcess.TASK_HANDLE, variables::get, Instant.now()).orElse(null);
  }
}
