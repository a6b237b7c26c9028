package vn.gov.congvu.web;

/** The contract's error body: a machine-readable code and a message naming the field at fault. */
public record ApiError(String error, String message) {
}
