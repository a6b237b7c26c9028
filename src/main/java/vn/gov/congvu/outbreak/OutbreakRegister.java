package vn.gov.congvu.outbreak;
// STUB
import java.time.LocalDate; import java.util.List;
@org.springframework.stereotype.Service
public class OutbreakRegister {
  public record OutbreakArea(String area, String province, String announcedBy, LocalDate activeFrom, LocalDate activeTo) {}
  public List<OutbreakArea> matches(String destination, LocalDate from, LocalDate to) { return List.of(); }
}
