package vn.gov.congvu.travel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the travel process: approval in working hours (work calendar), the health declaration in clock hours
 * after return (T3), medical monitoring in days (T4). {@code approvalOverride}, a clock duration, replaces the
 * working-hours deadline for drills and load tests only.
 */
@ConfigurationProperties("app.travel")
public record TravelSettings(@DefaultValue("8") int approvalWorkingHours, @DefaultValue("24") int declarationHours,
    @DefaultValue("14") int monitoringDays, java.time.Duration approvalOverride) {
}
