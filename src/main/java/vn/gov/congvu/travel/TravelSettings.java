package vn.gov.congvu.travel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the travel process: approval in working hours (work calendar), the health declaration in clock hours
 * after return (T3), medical monitoring in days (T4).
 */
@ConfigurationProperties("app.travel")
public record TravelSettings(@DefaultValue("8") int approvalWorkingHours, @DefaultValue("24") int declarationHours,
    @DefaultValue("14") int monitoringDays) {
}
