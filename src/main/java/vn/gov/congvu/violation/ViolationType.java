package vn.gov.congvu.violation;
// STUB
public enum ViolationType { LATE_HEALTH_DECLARATION, STAFF_VIOLATION }
