package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A cycle just opened: the units that report, the district each reports through if any, and the deadlines. */
record OpenedCycle(List<String> unitIds, Map<String, String> reportsThrough, Instant submissionDue,
    Instant districtConsolidationDue, Instant consolidationDue) {
}
