package vn.gov.congvu.reporting;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.web.ApiException;
import vn.gov.congvu.identity.CurrentUser;

/** {@code /api/monthly-reports}: open a period's cycle (409 for a second start) and read its report, JSON or CSV. */
@RestController
class MonthlyReportController {

  private final PeriodOpener opener;
  private final MonthlyReportView view;
  private final MonthlyReportService service;
  private final CurrentUser currentUser;

  MonthlyReportController(PeriodOpener opener, MonthlyReportView view, MonthlyReportService service,
      CurrentUser currentUser) {
    this.opener = opener;
    this.view = view;
    this.service = service;
    this.currentUser = currentUser;
  }

  record OpenRequest(String period) {
  }

  record Started(String processInstanceId) {
  }

  @PostMapping("/api/monthly-reports")
  @ResponseStatus(HttpStatus.CREATED)
  Started open(@RequestBody OpenRequest request) {
    if (!currentUser.isIn(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS))
        && !currentUser.isIn(DirectoryGroups.ADMINS)) {
      throw ApiException.forbidden("Chỉ Sở Nội vụ được mở kỳ báo cáo");
    }
    ReportPeriod period = ReportPeriod.parse(request.period()).orElseThrow(
        () -> ApiException.badRequest(MonthlyReportingProcess.VAR_PERIOD, "Định dạng yyyy-MM"));
    return opener.open(period, false).map(Started::new).orElseThrow(() -> alreadyOpen(period));
  }

  @GetMapping(value = "/api/monthly-reports/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
  MonthlyReport json(@PathVariable String period) {
    return report(period);
  }

  /** CSV by content negotiation ({@code Accept: text/csv}) or, for a browser link, {@code ?format=csv}. */
  @GetMapping(value = "/api/monthly-reports/{period}", produces = "text/csv")
  ResponseEntity<byte[]> csv(@PathVariable String period) {
    return csvOf(period);
  }

  @GetMapping(value = "/api/monthly-reports/{period}", params = "format=csv")
  ResponseEntity<byte[]> csvLink(@PathVariable String period) {
    return csvOf(period);
  }

  private ResponseEntity<byte[]> csvOf(String period) {
    MonthlyReport report = report(period);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-thang-" + report.period() + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(ReportCsv.of(report, service::unitName).getBytes(StandardCharsets.UTF_8));
  }

  private MonthlyReport report(String period) {
    if (!mayRead()) {
      throw ApiException.forbidden("Chỉ lãnh đạo đơn vị, Sở Nội vụ, Ủy ban nhân dân Thành phố và chủ quản quy trình");
    }
    ReportPeriod parsed = ReportPeriod.parse(period).orElseThrow(
        () -> ApiException.badRequest(MonthlyReportingProcess.VAR_PERIOD, "Định dạng yyyy-MM"));
    return view.of(parsed.toString())
        .orElseThrow(() -> ApiException.notFound("Kỳ báo cáo " + parsed + " chưa được mở"));
  }

  private boolean mayRead() {
    return currentUser.isIn(DirectoryGroups.UNIT_HEADS) || currentUser.isIn(DirectoryGroups.PROCESS_OWNERS)
        || currentUser.isIn(DirectoryGroups.ADMINS)
        || currentUser.isIn(DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS));
  }

  private static ApiException alreadyOpen(ReportPeriod period) {
    return new ApiException(HttpStatus.CONFLICT, "PERIOD_ALREADY_OPEN", "period: Kỳ " + period + " đã được mở");
  }
}
