package vn.gov.congvu.calendar;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office hours of state agencies: 07:30–11:30 and 13:00–17:00, Monday to Friday. {@code workingTimeOverride}, a clock
 * duration, replaces every working duration of the diagrams, for drills and load tests only.
 */
@ConfigurationProperties("app.calendar")
public record CalendarSettings(@DefaultValue("07:30") LocalTime morningStart, @DefaultValue("11:30") LocalTime morningEnd,
    @DefaultValue("13:00") LocalTime afternoonStart, @DefaultValue("17:00") LocalTime afternoonEnd,
    @DefaultValue("classpath*:calendar/vn-*.json") String files, Duration workingTimeOverride) {
}
