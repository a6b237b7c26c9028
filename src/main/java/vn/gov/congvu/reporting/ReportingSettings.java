package vn.gov.congvu.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Deadlines of the monthly cycle, in working days after it opens (work calendar). */
@ConfigurationProperties("app.reporting")
public record ReportingSettings(@DefaultValue("2") int submissionWorkingDays,
    @DefaultValue("5") int consolidationWorkingDays) {
}
