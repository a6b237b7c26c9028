package vn.gov.congvu.outbreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.gov.congvu.support.ApplicationTest;

/** The outbreak register through the API: the Department of Health writes, everyone reads, input is checked. */
class OutbreakAreaApiTest extends ApplicationTest {

  @Autowired
  OutbreakRegister register;

  @Test
  @SuppressWarnings("unchecked")
  void healthDepartmentAnnouncesAnAreaThatTripsThenMatch() {
    ResponseEntity<Map> created = as("healthhead").postForEntity("/api/outbreak-areas",
        json(area("Phú Quốc", "2035-01-10", "2035-01-20")), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("area", "Phú Quốc").containsKey("id");

    assertThat(register.matches("Phu Quoc, Kien Giang", LocalDate.of(2035, 1, 18), LocalDate.of(2035, 1, 25)))
        .extracting(OutbreakArea::area).containsExactly("Phú Quốc");
    assertThat(register.matches("Phú Quốc", LocalDate.of(2035, 1, 21), LocalDate.of(2035, 1, 25))).isEmpty();
    List<Map<String, Object>> active = as("bnstaff").getForObject("/api/outbreak-areas?date=2035-01-15",
        List.class);
    assertThat(active).extracting(a -> a.get("area")).contains("Phú Quốc");
  }

  @Test
  void onlyTheHealthDepartmentWrites() {
    assertThat(as("d1head").postForEntity("/api/outbreak-areas", json(area("Huế", "2035-02-01", null)),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badInputNamesTheField() {
    Map<String, Object> noArea = area(null, "2035-02-01", null);
    assertRefused(noArea, "area");
    assertRefused(area("Huế", "01/02/2035", null), "activeFrom");
    assertRefused(area("Huế", "2035-02-10", "2035-02-01"), "activeTo");
    Map<String, Object> noProvince = area("Huế", "2035-02-01", null);
    noProvince.remove("province");
    assertRefused(noProvince, "province");
  }

  private void assertRefused(Map<String, Object> body, String field) {
    ResponseEntity<String> response = as("healthhead").postForEntity("/api/outbreak-areas", json(body), String.class);
    assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(field);
  }

  private static Map<String, Object> area(String name, String from, String to) {
    Map<String, Object> body = new HashMap<>();
    body.put("area", name);
    body.put("province", "Kiên Giang");
    body.put("announcedBy", "CDC Kiên Giang");
    body.put("activeFrom", from);
    body.put("activeTo", to);
    return body;
  }

}
