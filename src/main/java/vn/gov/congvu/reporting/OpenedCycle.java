package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.List;

/** A cycle just opened: the units that report and the two deadlines. */
record OpenedCycle(List<String> unitIds, Instant submissionDue, Instant consolidationDue) {
}
