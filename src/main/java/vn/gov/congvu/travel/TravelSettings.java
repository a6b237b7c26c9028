package vn.gov.congvu.travel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the travel process that are not in its diagram: the health declaration in clock hours after return
 * (T3), medical monitoring in days (T4). The approval deadline is the diagram's own ("working PT8H").
 */
@ConfigurationProperties("app.travel")
public record TravelSettings(@DefaultValue("24") int declarationHours, @DefaultValue("14") int monitoringDays) {
}
