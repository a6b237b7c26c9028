package vn.gov.congvu.organization;

/** The local health service of a unit (T5): a ward's health station or a district's health centre, by mail. */
public record HealthService(String unitId, String name, String email) {
}
