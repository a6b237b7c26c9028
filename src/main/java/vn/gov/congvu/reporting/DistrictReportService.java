package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * A district's part of the monthly cycle (contract, consolidate-district-report): its wards report to it, it
 * consolidates them with its own report once all have reported or at the month-end, and sends it on to Home Affairs.
 */
@Service
class DistrictReportService {

  private final DistrictReportRepository districts;
  private final ReportingRepository reports;
  private final MonthlyReportView view;
  private final MonthlyReportService monthly;

  DistrictReportService(DistrictReportRepository districts, ReportingRepository reports, MonthlyReportView view,
      MonthlyReportService monthly) {
    this.districts = districts;
    this.reports = reports;
    this.view = view;
    this.monthly = monthly;
  }

  /** At the month-end: the district's units that have not reported are late; returns their names for its head. */
  String markLate(String period, String districtId) {
    return monthly.unitNames(reports.markLate(period, districtId));
  }

  /** What the district's head consolidates: its units' reports so far, in the shape Home Affairs reads. */
  DistrictOpening consolidation(String period, String districtId) {
    districts.status(period, districtId, DistrictReportStatus.CONSOLIDATING);
    String name = monthly.unitName(districtId);
    return new DistrictOpening(name, view.ofDistrict(period, districtId)
        .map(report -> ConsolidationText.of(report, monthly::unitName)).orElse(null));
  }

  void sent(String period, String districtId, String summary, String by, Instant at) {
    districts.sent(period, districtId, summary, by, at);
  }

  List<String> directUnits(String period) {
    return districts.directUnits(period);
  }

  List<String> districts(String period) {
    return districts.districts(period);
  }

  List<String> unitsOf(String period, String districtId) {
    return districts.unitsOf(period, districtId);
  }

  /** What a district's consolidation task opens with. */
  record DistrictOpening(String districtName, String consolidation) {
  }
}
