package vn.gov.congvu.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the monthly cycle in working days (work calendar): what a period opened after its month-end gives
 * its units from the opening (contract: 2), and when Home Affairs consolidates, after the units' deadline.
 */
@ConfigurationProperties("app.reporting")
public record ReportingSettings(@DefaultValue("2") int submissionWorkingDays,
    @DefaultValue("2") int consolidationWorkingDays) {
}
