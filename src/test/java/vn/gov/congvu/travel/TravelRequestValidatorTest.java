package vn.gov.congvu.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.organization.InMemoryDirectory;
import vn.gov.congvu.web.InputRejected;

/** The one validation of a travel request, alone: no Spring, no database. */
class TravelRequestValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private final TravelRequestValidator validator = new TravelRequestValidator(InMemoryDirectory.demo());

  @Test
  void aStaffMemberFilesForThemselves() {
    ValidTravelRequest valid = validator.validate(request("d1staff", " Đà Lạt ", "2026-12-05", "2026-12-06"),
        new Caller("d1staff", false), TODAY);
    assertThat(valid.requester().unitId()).isEqualTo("district-1");
    assertThat(valid.destination()).isEqualTo("Đà Lạt");
    assertThat(valid.variables()).containsEntry(TravelProcess.VAR_DEPARTURE_DATE, "2026-12-05");
  }

  @Test
  void onlyAdministratorsAndTheApplicationFileForSomeoneElse() {
    TravelRequest forLan = request("d1staff", "Huế", "2026-12-05", "2026-12-06");
    assertThatThrownBy(() -> validator.validate(forLan, new Caller("d1head", false), TODAY))
        .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThat(validator.validate(forLan, new Caller("admin", true), TODAY).requester().userId()).isEqualTo("d1staff");
    assertThat(validator.validate(forLan, new Caller(null, false), TODAY).requester().userId()).isEqualTo("d1staff");
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
    assertRefused(new TravelRequest("d1staff", "Huế", "2026-12-05", "2026-12-06", null), lan,
        TravelProcess.VAR_REASON);
  }

  private void assertRefused(TravelRequest request, Caller caller, String field) {
    assertThatThrownBy(() -> validator.validate(request, caller, TODAY))
        .isInstanceOfSatisfying(InputRejected.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.status()).isEqualTo(400);
        });
  }

  private static TravelRequest request(String requester, String destination, String from, String to) {
    return new TravelRequest(requester, destination, from, to, "Thăm gia đình");
  }
}
