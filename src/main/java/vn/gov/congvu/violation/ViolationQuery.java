package vn.gov.congvu.violation;

import java.util.List;

/** Filters of the register: units (null = every unit), a user, a period yyyy-MM. */
public record ViolationQuery(List<String> unitIds, String userId, String period) {
}
