package vn.gov.congvu.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.organization.InMemoryDirectory;
import vn.gov.congvu.web.InputRejected;

/** The one validation of a travel request, alone: no Spring, no database. */
class TravelRequestValidatorTest {

  /** Friday 4 December 2026, 09:00 in Vietnam. */
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 0);
  private final TravelRequestValidator validator = new TravelRequestValidator(InMemoryDirectory.demo());

  @Test
  void aStaffMemberFilesForThemselves() {
    ValidTravelRequest valid = validator.validate(request("d1staff", " Đà Lạt ", "2026-12-05", "2026-12-06"),
        new Caller("d1staff", false), NOW);
    assertThat(valid.requester().unitId()).isEqualTo("district-1");
    assertThat(valid.destination()).isEqualTo("Đà Lạt");
    assertThat(valid.variables()).containsEntry(TravelProcess.VAR_DEPARTURE_DATE, "2026-12-05");
  }

  @Test
  void onlyAdministratorsAndTheApplicationFileForSomeoneElse() {
    TravelRequest forLan = request("d1staff", "Huế", "2026-12-05", "2026-12-06");
    assertThatThrownBy(() -> validator.validate(forLan, new Caller("d1head", false), NOW))
        .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThat(validator.validate(forLan, new Caller("admin", true), NOW).requester().userId()).isEqualTo("d1staff");
    assertThat(validator.validate(forLan, new Caller(null, false), NOW).requester().userId()).isEqualTo("d1staff");
  }

  @Test
  void eachBadFieldIsNamed() {
    Caller lan = new Caller("d1staff", false);
    assertRefused(request("nobody", "Huế", "2026-12-05", "2026-12-06"), new Caller("admin", true),
        TravelProcess.VAR_REQUESTER_ID);
    assertRefused(request("d1staff", " ", "2026-12-05", "2026-12-06"), lan, TravelProcess.VAR_DESTINATION);
    assertRefused(request("d1staff", "Huế", "05/12/2026", "2026-12-06"), lan, TravelProcess.VAR_DEPARTURE_DATE);
    assertRefused(request("d1staff", "Huế", "2026-12-06", "2026-12-05"), lan, TravelProcess.VAR_RETURN_DATE);
    assertRefused(request("d1staff", "Huế", "2026-12-03", "2026-12-05"), lan, TravelProcess.VAR_DEPARTURE_DATE);
    assertRefused(new TravelRequest("d1staff", "Huế", "2026-12-05", "2026-12-06", null, null), lan,
        TravelProcess.VAR_REASON);
  }

  @Test
  void aTripMayStartTodayButNotAtATimeAlreadyPast() {
    Caller lan = new Caller("d1staff", false);
    assertThat(validator.validate(request("d1staff", "Huế", "2026-12-04", "2026-12-04"), lan, NOW).departure())
        .isEqualTo(NOW.toLocalDate());
    assertThat(validator.validate(at("09:30"), lan, NOW).departureTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(validator.validate(at("17:45"), lan, NOW).variables())
        .containsEntry(TravelProcess.VAR_DEPARTURE_TIME, "17:45");
    assertRefused(at("09:00"), lan, TravelProcess.VAR_DEPARTURE_TIME);
    assertRefused(at("07:15"), lan, TravelProcess.VAR_DEPARTURE_TIME);
    assertRefused(at("7h15"), lan, TravelProcess.VAR_DEPARTURE_TIME);
    assertThat(validator.validate(new TravelRequest("d1staff", "Huế", "2026-12-05", "2026-12-06", "Thăm gia đình",
        "07:15"), lan, NOW).departureTime()).isEqualTo(LocalTime.of(7, 15));
  }

  private static TravelRequest at(String departureTime) {
    return new TravelRequest("d1staff", "Huế", "2026-12-04", "2026-12-04", "Họp gia đình", departureTime);
  }

  private void assertRefused(TravelRequest request, Caller caller, String field) {
    assertThatThrownBy(() -> validator.validate(request, caller, NOW))
        .isInstanceOfSatisfying(InputRejected.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.status()).isEqualTo(400);
        });
  }

  private static TravelRequest request(String requester, String destination, String from, String to) {
    return new TravelRequest(requester, destination, from, to, "Thăm gia đình", null);
  }
}
