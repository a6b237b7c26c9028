package vn.gov.congvu.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.calendar.WorkCalendar;

/**
 * {@code GET /api/dashboard/trends?to=yyyy-MM}: the twelve months up to {@code to} (this month without it) of
 * "Xu hướng 12 tháng" on the Cockpit dashboard, for the same audience as {@code /api/dashboard}.
 */
@RestController
class TrendController {

  private final TrendService service;
  private final DashboardAudience audience;

  TrendController(TrendService service, DashboardAudience audience) {
    this.service = service;
    this.audience = audience;
  }

  @GetMapping("/api/dashboard/trends")
  DashboardTrends trends(@RequestParam(required = false) String to) {
    DashboardAudience.Scope scope = audience.ofCurrentUser();
    YearMonth current = YearMonth.from(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkCalendar.ZONE));
    return service.trends(TrendMonths.parse(to, current), scope);
  }
}
