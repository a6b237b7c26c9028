package vn.gov.congvu.calendar;
// STUB until the calendar branch merges
import java.time.*; import java.util.*;
@org.springframework.stereotype.Service("workCalendar")
public class WorkCalendar {
  public record NonWorkingDay(LocalDate date, String reason) {}
  public Instant addWorkingHours(Instant start, long hours) { return start.plus(Duration.ofHours(hours)); }
  public Instant addWorkingDays(Instant start, int days) { return start.plus(Duration.ofDays(days)); }
  public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate to) {
    List<NonWorkingDay> l = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) if (d.getDayOfWeek().getValue() >= 6) l.add(new NonWorkingDay(d, "Cuối tuần"));
    return l; }
}
