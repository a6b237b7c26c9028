package vn.gov.congvu.dashboard;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.calendar.WorkCalendar;

/**
 * {@code GET /api/dashboard?from=yyyy-MM-dd&to=yyyy-MM-dd}: the figures of "Bảng điều hành" in Cockpit. The owner,
 * Home Affairs and the City People's Committee see the whole city, a head their unit and below, anyone else 403.
 */
@RestController
class DashboardController {

  private final DashboardService service;
  private final DashboardAudience audience;

  DashboardController(DashboardService service, DashboardAudience audience) {
    this.service = service;
    this.audience = audience;
  }

  @GetMapping("/api/dashboard")
  Dashboard dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    DashboardAudience.Scope scope = audience.ofCurrentUser();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkCalendar.ZONE);
    return service.figures(DashboardRange.parse(from, to, today), scope);
  }
}
